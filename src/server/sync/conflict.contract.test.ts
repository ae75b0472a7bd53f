import { expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids';
import { centreScope } from '../../shared/sync/protocol';
import { TestDevice } from '../testing/testDevice';
import { describeOnStores } from '../testing/testEnv';

describeOnStores('conflicts, deletes and restores', (env) => {
  async function sharedSession() {
    const author = await TestDevice.enrol(env().app);
    const other = await author.sibling();
    const session = author.session({ notes: 'first' });
    await author.push(author.create(session));
    return { author, other, session };
  }
  const latest = async (device: TestDevice, id: string) => (await device.pullAll()).filter((c) => c.id === id).at(-1);

  it('applies fields nobody else changed, and merges a true conflict: last arrival wins, history keeps the loser', async () => {
    const { author, other, session } = await sharedSession();
    const [byOther] = await other.push(other.update(session.id, 1, { notes: 'from other' }));
    expect(byOther).toMatchObject({ status: 'applied', version: 2 });

    const [disjoint] = await author.push(author.update(session.id, 1, { durationMin: 25 }));
    expect(disjoint).toMatchObject({ status: 'applied', version: 3 });

    const [conflict] = await author.push(author.update(session.id, 1, { notes: 'from author', firstVisit: 'no' }));
    expect(conflict).toMatchObject({ status: 'merged', version: 4, conflictingFields: ['notes'] });

    const change = await latest(author, session.id);
    expect(change?.data).toMatchObject({ notes: 'from author', durationMin: 25, firstVisit: 'no' });
    expect(change?.meta?.needsReview).toBe(true);
    const history = await env().store.sessionHistory(session.id);
    expect(history).toEqual([
      expect.objectContaining({ field: 'notes', oldValue: 'from other', oldVersion: 2, oldByDeviceId: other.id, newVersion: 4, newByDeviceId: author.id }),
    ]);
  });

  it('is no conflict when the same device edits again from an old base, or sets the value already there', async () => {
    const { author, other, session } = await sharedSession();
    await author.push(author.update(session.id, 1, { notes: 'one' }));
    const [again] = await author.push(author.update(session.id, 1, { notes: 'two' }));
    expect(again).toMatchObject({ status: 'applied', version: 3 });
    const [same] = await other.push(other.update(session.id, 1, { notes: 'two' }));
    expect(same).toMatchObject({ status: 'applied', version: 3 });
    expect((await latest(author, session.id))?.meta?.needsReview).toBe(false);
    expect(await env().store.sessionHistory(session.id)).toEqual([]);
  });

  it('removes a field patched with null, and rejects patches that break the schema or move the session', async () => {
    const { author, session } = await sharedSession();
    const [cleared] = await author.push(author.update(session.id, 1, { notes: null }));
    expect(cleared?.status).toBe('applied');
    expect((await latest(author, session.id))?.data).not.toHaveProperty('notes');
    const results = await author.push(
      author.update(session.id, 2, { durationMin: 'long' }),
      author.update(session.id, 2, { unknownField: 1 }),
      author.update(session.id, 2, { centreId: uuidv7() }),
      author.update(session.id, 9, { notes: 'ahead' }),
    );
    expect(results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual(Array(4).fill('INVALID_DATA'));
  });

  it('lets a delete win over concurrent edits; later updates are rejected NOT_FOUND', async () => {
    const { author, other, session } = await sharedSession();
    const [deleted] = await other.push(other.remove(session.id, 1));
    expect(deleted).toMatchObject({ status: 'applied', version: 2 });
    const [edit] = await author.push(author.update(session.id, 1, { notes: 'too late' }));
    expect(edit).toMatchObject({ status: 'rejected', code: 'NOT_FOUND', retryable: false });
    const [twice] = await author.push(author.remove(session.id));
    expect(twice).toMatchObject({ status: 'applied', version: 2 });
    const change = await latest(author, session.id);
    expect(change).toMatchObject({ deleted: true, data: null, version: 2 });
    expect(change?.meta).toMatchObject({ deletedBy: other.id, deletedAt: env().clock.now.toISOString() });
  });

  it('restores only for the device that recorded or deleted the session', async () => {
    const { author, other, session } = await sharedSession();
    const third = await author.sibling();
    await other.push(other.remove(session.id));
    const [refused] = await third.push(third.restore(session.id));
    expect(refused).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    const [restored] = await author.push(author.restore(session.id));
    expect(restored).toMatchObject({ status: 'applied', version: 3 });
    const change = await latest(author, session.id);
    expect(change).toMatchObject({ deleted: false, data: { notes: 'first' }, version: 3 });
    await author.push(author.remove(session.id));
    const [byDeleter] = await author.push(author.restore(session.id));
    expect(byDeleter).toMatchObject({ status: 'applied', version: 5 });
  });

  it("keeps centres apart: another centre's ids are rejected and never pulled", async () => {
    const { author, session } = await sharedSession();
    const stranger = await TestDevice.enrol(env().app);
    const results = await stranger.push(
      stranger.update(session.id, 1, { notes: 'hijack' }),
      stranger.remove(session.id),
      stranger.restore(session.id),
      stranger.create({ ...session, centreId: stranger.centre.id }),
    );
    expect(results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
      'ALREADY_EXISTS',
    ]);
    const seen = await stranger.pullAll({ [centreScope(author.centre.id)]: 0 });
    expect(seen.some((c) => c.entity === 'session')).toBe(false);
    expect((await latest(author, session.id))?.data).toMatchObject({ notes: 'first' });
  });
});
