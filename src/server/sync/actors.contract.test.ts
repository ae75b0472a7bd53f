import { expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/auth/api';
import { uuidv7 } from '../../shared/ids';
import type { MutationResult } from '../../shared/sync/protocol';
import { describeOnStores } from '../testing/testEnv';
import { addCentre, addUser, enrolTablet, signInOn } from '../testing/testPeople';

const outcome = (r: MutationResult | undefined) => (r?.status === 'rejected' ? r.code : r?.status);

describeOnStores('pushes from enrolled tablets speak for a signed-in person', (env) => {
  async function centreWithTablet() {
    const centre = await addCentre(env());
    const tablet = await enrolTablet(env(), centre);
    const volunteer = await addUser(env(), 'volunteer', [centre.id]);
    const other = await addUser(env(), 'volunteer', [centre.id]);
    const coordinator = await addUser(env(), 'coordinator', [centre.id]);
    return { centre, tablet, volunteer, other, coordinator };
  }
  const audit = async (action: string) => (await env().store.audit.query({ action })).filter((e: AuditEntry) => e.action === action);

  it('rejects mutations without an actor, or by someone who has not signed in on this tablet', async () => {
    const { tablet, volunteer } = await centreWithTablet();
    const [noActor] = await tablet.push(tablet.create(tablet.session({ volunteerId: volunteer.id })));
    expect(noActor).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    tablet.as(volunteer.id);
    const [notSignedIn] = await tablet.push(tablet.create(tablet.session()));
    expect(outcome(notSignedIn)).toBe('FORBIDDEN');
    await signInOn(env(), tablet, volunteer);
    const [ok] = await tablet.push(tablet.create(tablet.session()));
    expect(ok?.status).toBe('applied');
    const [unknown] = await tablet.as(uuidv7()).push(tablet.create(tablet.session()));
    expect(outcome(unknown)).toBe('FORBIDDEN');
  });

  it('lets the author and a coordinator change a session, not another volunteer; a coordinator edit is audited', async () => {
    const { tablet, volunteer, other, coordinator } = await centreWithTablet();
    await signInOn(env(), tablet, other);
    await signInOn(env(), tablet, coordinator);
    const session = tablet.as(volunteer.id).session();
    await signInOn(env(), tablet, volunteer);
    await tablet.push(tablet.create(session));
    const [spoofed] = await tablet.as(other.id).push(tablet.create(tablet.session({ volunteerId: volunteer.id })));
    expect(outcome(spoofed)).toBe('FORBIDDEN');
    const byOther = await tablet.push(tablet.update(session.id, 1, { notes: 'not mine' }), tablet.remove(session.id));
    expect(byOther.map(outcome)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const [byAuthor] = await tablet.as(volunteer.id).push(tablet.update(session.id, 1, { durationMin: 12 }));
    expect(byAuthor?.status).toBe('applied');
    const [steal] = await tablet.push(tablet.update(session.id, 2, { volunteerId: other.id }));
    expect(outcome(steal)).toBe('INVALID_DATA');
    const [byCoordinator] = await tablet.as(coordinator.id).push(tablet.update(session.id, 2, { notes: 'checked' }));
    expect(byCoordinator?.status).toBe('applied');
    const edits = await audit('session.coordinator_edit');
    const mine = edits.filter((e) => e.targetId === session.id);
    expect(mine.map((e) => [e.actorId, e.deviceId, e.targetType, e.details?.type])).toEqual([[coordinator.id, tablet.id, 'session', 'session.update']]);
  });

  it("applies the offline work of a person disabled since, flagged for review and audited", async () => {
    const { tablet, volunteer } = await centreWithTablet();
    await signInOn(env(), tablet, volunteer);
    await env().store.users.update(volunteer.id, { disabledAt: env().clock.now.toISOString() });
    const session = tablet.session();
    const [created] = await tablet.push(tablet.create(session));
    expect(created?.status).toBe('applied');
    const change = (await tablet.pullAll()).find((c) => c.id === session.id);
    expect(change?.meta?.needsReview).toBe(true);
    expect((await audit('sync.disabled_actor')).some((e) => e.targetId === session.id && e.actorId === volunteer.id)).toBe(true);
  });

  it('refuses a person of another centre even if recorded on the tablet; an admin may act anywhere', async () => {
    const { tablet } = await centreWithTablet();
    const elsewhere = await addCentre(env());
    const stranger = await addUser(env(), 'volunteer', [elsewhere.id]);
    await env().store.users.recordDeviceSignIn(tablet.id, stranger.id, env().clock.now.toISOString());
    const [res] = await tablet.as(stranger.id).push(tablet.create(tablet.session()));
    expect(outcome(res)).toBe('FORBIDDEN');
    const admin = await addUser(env(), 'admin', []);
    await signInOn(env(), tablet, admin);
    const [byAdmin] = await tablet.push(tablet.create(tablet.session()));
    expect(byAdmin?.status).toBe('applied');
  });
});
