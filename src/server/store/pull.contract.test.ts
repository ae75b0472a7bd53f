import { beforeAll, expect, it } from 'vitest';
import { loadStarterCatalogue } from '../../shared/catalogue/starterCatalogue';
import { CATALOGUE_SCOPE, CENTRES_SCOPE, centreScope, type Change } from '../../shared/sync/protocol';
import { TestDevice } from '../testing/testDevice';
import { describeOnStores } from '../testing/testEnv';

const CATALOGUE_SIZE = 12;

describeOnStores('pull', (env) => {
  beforeAll(async () => {
    await env().store.seedCatalogue(loadStarterCatalogue().slice(0, CATALOGUE_SIZE));
  });

  it('gives a new device its centre, the catalogue and the centres, each scope as addedScopes', async () => {
    const device = await TestDevice.enrol(env().app);
    const page = await device.pull({}, { limit: 1000 });
    const own = centreScope(device.centre.id);
    expect(page.addedScopes).toEqual([own, CATALOGUE_SCOPE, CENTRES_SCOPE]);
    expect(page.removedScopes).toEqual([]);
    expect(page.resync).toBe(false);
    expect(page.hasMore).toBe(false);
    expect(page.changes.filter((c) => c.scope === CATALOGUE_SCOPE)).toHaveLength(CATALOGUE_SIZE);
    expect(page.changes.find((c) => c.entity === 'centre' && c.id === device.centre.id)?.data).toEqual(device.centre);
    expect(page.cursors[CATALOGUE_SCOPE]).toBe(CATALOGUE_SIZE);
  });

  it('pages with keyset cursors: every change once, in change_seq order, hasMore until the end', async () => {
    const device = await TestDevice.enrol(env().app);
    const own = centreScope(device.centre.id);
    const ids = Array.from({ length: 25 }, () => device.session());
    await device.push(...ids.map((s) => device.create(s)));
    await device.push(device.update(ids[3]!.id, 1, { notes: 'edited' }));

    const start = (await device.pull({}, { limit: 1000 })).cursors;
    const cursors: Record<string, number> = { ...start, [own]: 0 };
    const seen: Change[] = [];
    let pages = 0;
    for (;;) {
      const page = await device.pull(cursors, { limit: 7 });
      pages++;
      expect(page.changes.length).toBeLessThanOrEqual(7);
      seen.push(...page.changes);
      Object.assign(cursors, page.cursors);
      if (!page.hasMore) break;
      expect(page.changes).toHaveLength(7);
    }
    expect(pages).toBe(4);
    const seqs = seen.map((c) => c.changeSeq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seen.map((c) => c.id)).size).toBe(25);
    expect(seen.find((c) => c.id === ids[3]!.id)).toMatchObject({ version: 2, changeSeq: 26, data: { notes: 'edited' } });
    expect(cursors[own]).toBe(26);
    expect((await device.pull(cursors)).changes).toEqual([]);
  });

  it('ignores scopes outside the device and lists them in removedScopes', async () => {
    const device = await TestDevice.enrol(env().app);
    const stranger = await TestDevice.enrol(env().app);
    await stranger.push(stranger.create(stranger.session()));
    const foreign = centreScope(stranger.centre.id);
    const page = await device.pull({ [foreign]: 0, 'ref:secret': 0, [CATALOGUE_SCOPE]: 0 }, { limit: 1000 });
    expect(page.removedScopes).toEqual([foreign, 'ref:secret']);
    expect(page.addedScopes).toEqual([centreScope(device.centre.id), CENTRES_SCOPE]);
    expect(Object.keys(page.cursors)).not.toContain(foreign);
    expect(page.changes.some((c) => c.scope === foreign || c.entity === 'session')).toBe(false);
  });

  it('answers resync from zero when the device comes with another epoch', async () => {
    const device = await TestDevice.enrol(env().app);
    await device.push(device.create(device.session()));
    const first = await device.pull({}, { limit: 1000, serverEpoch: env().store.serverEpoch() });
    expect(first.resync).toBe(false);
    expect((await device.pull(first.cursors, { serverEpoch: env().store.serverEpoch() })).changes).toEqual([]);

    const oldEpoch = env().store.serverEpoch();
    const newEpoch = await env().store.rotateEpoch();
    expect(newEpoch).not.toBe(oldEpoch);
    const again = await device.pull(first.cursors, { limit: 1000, serverEpoch: oldEpoch });
    expect(again.resync).toBe(true);
    expect(again.serverEpoch).toBe(newEpoch);
    expect(again.changes.map((c) => c.id)).toEqual(first.changes.map((c) => c.id));
    const push = await device.pushRaw([device.create(device.session())], { 'x-ura-server-epoch': oldEpoch });
    expect(push.statusCode).toBe(409);
  });

  it('counts the limit over all scopes and reports hasMore for scopes it did not reach', async () => {
    const device = await TestDevice.enrol(env().app);
    await device.push(device.create(device.session()), device.create(device.session()));
    const page = await device.pull({}, { limit: 2 });
    expect(page.changes.map((c) => c.entity)).toEqual(['session', 'session']);
    expect(page.hasMore).toBe(true);
    expect(page.cursors[CATALOGUE_SCOPE]).toBe(0);
    const next = await device.pull(page.cursors, { limit: 1000 });
    expect(next.changes.filter((c) => c.scope === CATALOGUE_SCOPE)).toHaveLength(CATALOGUE_SIZE);
  });

  it('sends deleted sessions without their data', async () => {
    const device = await TestDevice.enrol(env().app);
    const session = device.session();
    await device.push(device.create(session), device.remove(session.id));
    const changes = await device.pullAll({ [CATALOGUE_SCOPE]: 1e6, [CENTRES_SCOPE]: 1e6 });
    expect(changes).toEqual([expect.objectContaining({ id: session.id, deleted: true, data: null, version: 2, changeSeq: 2 })]);
  });
});
