import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../shared/ids';
import { centreScope, type Change, type PullResponse, type PushResponse, type RegisterDeviceResponse } from '../shared/sync/protocol';
import { postJson, startServerProcess, type ServerProcess } from './testing/serverProcess';
import { sessionData, TEST_CENTRE } from './testing/testDevice';
import { adminQuery, NO_PG_MESSAGE, PG_URL } from './testing/testEnv';

const PUSHERS_PER_CENTRE = 4;
const BATCHES = 12;
const BATCH_SIZE = 5;
const IS_CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * DESIGN.md §5: with several instances on one PostgreSQL, a pull must never pass a row that commits
 * later. Two real server processes, concurrent pushers on both, a puller paging through meanwhile.
 */
describe.skipIf(!PG_URL && !IS_CI)(`two server processes on one PostgreSQL${PG_URL ? '' : ` — skipped: ${NO_PG_MESSAGE}`}`, () => {
  const database = `ura_mi_${randomBytes(5).toString('hex')}`;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    if (!PG_URL) throw new Error(NO_PG_MESSAGE);
    await adminQuery(`create database ${database}`);
    const url = new URL(PG_URL);
    url.pathname = `/${database}`;
    // Both start at once: migrations and catalogue seeding must tolerate a concurrent twin.
    servers = await Promise.all([0, 1].map(() => startServerProcess({ DATABASE_URL: url.toString(), OPEN_DEVICE_REGISTRATION: 'true' })));
  }, 60_000);

  afterAll(async () => {
    const codes = await Promise.all(servers.map((s) => s.stop()));
    if (PG_URL) await adminQuery(`drop database if exists ${database} with (force)`);
    expect(codes, 'graceful shutdown on SIGTERM').toEqual(servers.map(() => 0));
  });

  const on = (i: number) => servers[i % servers.length]!.url;
  const enrol = (i: number, target: object) =>
    postJson<RegisterDeviceResponse>(`${on(i)}/api/sync/v1/register-device`, { ...target, label: `tablet ${i}` });

  it('lets a puller see every row exactly once with no change_seq skipped', async () => {
    const first = await enrol(0, { centre: TEST_CENTRE });
    const second = await enrol(1, { centre: { ...TEST_CENTRE, name: 'Info point Lezhë' } });
    const centres = [first.centre.id, second.centre.id];
    const pushers = await Promise.all(Array.from({ length: 2 * PUSHERS_PER_CENTRE }, (_, i) => enrol(i, { centreId: centres[i % 2] })));
    const puller = await enrol(1, { centreId: centres[0] });
    const scope = centreScope(first.centre.id);

    let isPushing = true;
    const pushErrors: Error[] = [];
    const pushAll = Promise.all(
      pushers.map(async (device, p) => {
        for (let b = 0; b < BATCHES; b++) {
          const mutations = Array.from({ length: BATCH_SIZE }, (_, k) => {
            const data = sessionData(device.centre.id, device.deviceId);
            return { mutationId: uuidv7(), deviceSeq: b * BATCH_SIZE + k + 1, type: 'session.create', recordId: data.id, payloadVersion: 1, data };
          });
          const body = { deviceId: device.deviceId, batchId: uuidv7(), mutations };
          const res = await postJson<PushResponse>(`${on(p + b)}/api/sync/v1/push`, body, device.deviceToken);
          expect(res.results.every((r) => r.status === 'applied')).toBe(true);
        }
      }),
    )
      .catch((err: unknown) => pushErrors.push(err instanceof Error ? err : new Error(String(err))))
      .finally(() => (isPushing = false));

    const seen: Change[] = [];
    let cursors: Record<string, number> = { [scope]: 0 };
    let pulls = 0;
    for (;;) {
      const [failure] = pushErrors;
    if (failure) throw failure;
      const wasPushing = isPushing;
      const page = await postJson<PullResponse>(`${on(pulls++)}/api/sync/v1/pull`, { deviceId: puller.deviceId, cursors, limit: 7 }, puller.deviceToken);
      seen.push(...page.changes.filter((c) => c.scope === scope));
      cursors = page.cursors;
      if (!wasPushing && !page.hasMore) break;
    }
    await pushAll;
    const [failure] = pushErrors;
    if (failure) throw failure;

    const expected = PUSHERS_PER_CENTRE * BATCHES * BATCH_SIZE;
    console.log(`multi-instance: ${pushers.length} pushers, ${pulls} pulls over 2 processes, ${seen.length} rows seen in ${scope}`);
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((c) => c.id)).size).toBe(expected);
    expect(seen.map((c) => c.changeSeq)).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    expect(seen.every((c) => c.data?.centreId === first.centre.id)).toBe(true);
  }, 120_000);
});
