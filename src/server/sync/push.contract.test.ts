import { brotliCompressSync, brotliDecompressSync, constants, gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids';
import { MAX_BATCH_BYTES, type ApiError, type MutationResult } from '../../shared/sync/protocol';
import { TestDevice } from '../testing/testDevice';
import { TEST_NOW, describeOnStores } from '../testing/testEnv';

describeOnStores('push', (env) => {
  it('applies a create with version 1 and a change_seq, and answers with serverTime and serverEpoch', async () => {
    const device = await TestDevice.enrol(env().app);
    const res = await device.pushRaw([device.create(device.session())]);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ results: MutationResult[]; serverTime: string; serverEpoch: string }>();
    expect(body.results).toEqual([expect.objectContaining({ status: 'applied', version: 1, changeSeq: 1 })]);
    expect(body.serverEpoch).toBe(env().store.serverEpoch());
    expect(body.serverTime).toBe(env().clock.now.toISOString());
  });

  it('answers a retried mutation as duplicate with its first result, and stores nothing twice', async () => {
    const device = await TestDevice.enrol(env().app);
    const batch = [device.create(device.session()), device.create(device.session())];
    const first = await device.push(...batch);
    const before = await env().store.countRows();
    const again = await device.push(...batch);
    expect(again).toEqual(first.map((result) => ({ mutationId: result.mutationId, status: 'duplicate', result })));
    expect(await env().store.countRows()).toEqual(before);
  });

  it('rejects a mutationId reused for different content, by the same or another device', async () => {
    const device = await TestDevice.enrol(env().app);
    const create = device.create(device.session());
    await device.push(create);
    const [changed] = await device.push({ ...create, data: { ...create.data, durationMin: 99 } });
    expect(changed).toMatchObject({ status: 'rejected', code: 'MUTATION_ID_REUSED', retryable: false });
    const other = await device.sibling();
    const [stolen] = await other.push({ ...other.create(other.session()), mutationId: create.mutationId });
    expect(stolen).toMatchObject({ status: 'rejected', code: 'MUTATION_ID_REUSED' });
  });

  it('never lets a rejected mutation abort the rest of the batch', async () => {
    const device = await TestDevice.enrol(env().app);
    const invalid = device.create({ ...device.session(), durationMin: -5 });
    const missing = device.update(uuidv7(), 1, { notes: 'x' });
    const good = device.create(device.session());
    const results = await device.push(invalid, missing, good);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
    expect(results[0]).toMatchObject({ code: 'INVALID_DATA' });
    expect(results[1]).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects a create for another centre as FORBIDDEN and a second create of an id as ALREADY_EXISTS', async () => {
    const device = await TestDevice.enrol(env().app);
    const stranger = await TestDevice.enrol(env().app);
    const [foreign] = await device.push(device.create(stranger.session()));
    expect(foreign).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    const session = device.session();
    await device.push(device.create(session));
    const [same] = await device.push(device.create(session));
    expect(same).toMatchObject({ status: 'applied', version: 1 });
    const [clash] = await device.push(device.create({ ...session, durationMin: 30 }));
    expect(clash).toMatchObject({ status: 'rejected', code: 'ALREADY_EXISTS' });
  });

  it('flags sessions dated over a day ahead or over a year back for review instead of rejecting them', async () => {
    const device = await TestDevice.enrol(env().app);
    const ok = device.session({ occurredAt: '2026-03-11T09:00:00+01:00' });
    const future = device.session({ occurredAt: '2026-03-12T12:00:00+01:00' });
    const past = device.session({ occurredAt: '2025-03-01T09:00:00+01:00' });
    const results = await device.push(device.create(ok), device.create(future), device.create(past));
    expect(results.every((r) => r.status === 'applied')).toBe(true);
    const changes = await device.pullAll();
    const review = (id: string) => changes.find((c) => c.id === id)?.meta?.needsReview;
    expect([review(ok.id), review(future.id), review(past.id)]).toEqual([false, true, true]);
  });

  it('answers 422 SERVER_TOO_OLD (426 is for an app too old) to a payloadVersion newer than the server, applying nothing', async () => {
    const device = await TestDevice.enrol(env().app);
    const before = await env().store.countRows();
    const res = await device.pushRaw([device.create(device.session()), device.create(device.session(), { payloadVersion: 99 })]);
    expect(res.statusCode).toBe(422);
    expect(res.json<ApiError>().error.code).toBe('SERVER_TOO_OLD');
    expect(await env().store.countRows()).toEqual(before);
  });

  it('answers 409 EPOCH_CHANGED when the device pushes against another epoch', async () => {
    const device = await TestDevice.enrol(env().app);
    const stale = await device.pushRaw([device.create(device.session())], { 'x-ura-server-epoch': uuidv7() });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ApiError>().error).toMatchObject({ code: 'EPOCH_CHANGED', details: { serverEpoch: env().store.serverEpoch() } });
    expect(stale.headers['x-ura-server-epoch']).toBe(env().store.serverEpoch());
    const current = await device.pushRaw([device.create(device.session())], { 'x-ura-server-epoch': env().store.serverEpoch() });
    expect(current.statusCode).toBe(200);
  });

  it('answers 413 to a batch over 512 KB or over 200 mutations', async () => {
    const device = await TestDevice.enrol(env().app);
    const big = Array.from({ length: 150 }, () => device.create(device.session({ notes: 'x'.repeat(500) })));
    const padded = big.map((m) => ({ ...m, data: { ...m.data, pad: 'y'.repeat(MAX_BATCH_BYTES / 150) } }));
    const tooBig = await device.pushRaw(padded);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json<ApiError>().error.code).toBe('BODY_TOO_LARGE');
    const tooMany = await device.pushRaw(Array.from({ length: 201 }, () => device.create(device.session())));
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json<ApiError>().error.code).toBe('BATCH_TOO_LARGE');
  });

  it('accepts a gzip-encoded body, and measures the limit after decompression', async () => {
    const device = await TestDevice.enrol(env().app);
    const body = { deviceId: device.id, batchId: uuidv7(), mutations: [device.create(device.session())] };
    const headers = { authorization: `Bearer ${device.token}`, 'content-type': 'application/json', 'content-encoding': 'gzip' };
    const url = '/api/sync/v1/push';
    const ok = await env().app.inject({ method: 'POST', url, headers, payload: gzipSync(JSON.stringify(body)) });
    expect(ok.statusCode).toBe(200);
    const bomb = gzipSync(JSON.stringify({ ...body, pad: ' '.repeat(4 * MAX_BATCH_BYTES) }));
    expect(bomb.length).toBeLessThan(MAX_BATCH_BYTES / 10);
    const res = await env().app.inject({ method: 'POST', url, headers, payload: bomb });
    expect(res.statusCode).toBe(413);
  });
  it('compresses its answer with brotli at the fast setting when asked, and it reads back the same', async () => {
    const device = await TestDevice.enrol(env().app);
    const mutations = Array.from({ length: 20 }, () => device.create(device.session()));
    const headers = { authorization: `Bearer ${device.token}`, 'content-type': 'application/json', 'accept-encoding': 'br' };
    const payload = { deviceId: device.id, batchId: uuidv7(), mutations };
    const res = await env().app.inject({ method: 'POST', url: '/api/sync/v1/push', headers, payload });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    const text = brotliDecompressSync(res.rawPayload).toString('utf8');
    expect((JSON.parse(text) as { results: MutationResult[] }).results).toHaveLength(20);
    // Brotli is deterministic: the same bytes as quality 1 (the plugin's default of 4 gives others).
    expect(res.rawPayload).toEqual(brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }));
  });
  it('lets later mutations of a batch see the earlier ones: create, edit, delete and a repeated mutation in one push', async () => {
    const device = await TestDevice.enrol(env().app);
    const a = device.session();
    const b = device.session();
    const createA = device.create(a);
    const results = await device.push(createA, device.update(a.id, 1, { durationMin: 45 }), device.create(b), createA, device.remove(b.id), device.update(b.id, 1, { notes: 'late' }));
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'duplicate', 'applied', 'rejected']);
    expect(results[3]).toEqual({ mutationId: createA.mutationId, status: 'duplicate', result: results[0] });
    const seqs = results.flatMap((r) => ('changeSeq' in r ? [r.changeSeq] : []));
    expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2, seqs[0]! + 3]); // gap-free, in order
    const pulled = await device.pullAll();
    const own = pulled.filter((c) => c.entity === 'session');
    expect(own.map((c) => [c.id, c.version, c.deleted])).toEqual([
      [a.id, 2, false],
      [b.id, 2, true],
    ]);
    expect(own.find((c) => c.id === a.id)?.data).toMatchObject({ durationMin: 45 });
    // The next batch continues the same counter.
    const [next] = await device.push(device.create(device.session()));
    expect(next).toMatchObject({ status: 'applied', changeSeq: seqs.at(-1)! + 1 });
  });

  it('records the pushing device as seen, in the push transaction; a push made for it (hand-off import) does not', async () => {
    const device = await TestDevice.enrol(env().app);
    env().clock.now = new Date('2026-03-10T12:00:00.000Z');
    try {
      await device.push(device.create(device.session()));
      expect((await env().store.admin.listDevices([device.centre.id])).find((d) => d.id === device.id)?.lastSeenAt).toBe('2026-03-10T12:00:00.000Z');
      const record = { id: device.id, centreId: device.centre.id, label: 'Counter 1', enrolledAt: '2026-03-10T00:00:00Z', revokedAt: null, enrolment: 'open' as const };
      await env().store.push(record, { deviceId: device.id, batchId: uuidv7(), mutations: [device.create(device.session())] }, new Date('2026-03-10T13:00:00.000Z'));
      expect((await env().store.admin.listDevices([device.centre.id])).find((d) => d.id === device.id)?.lastSeenAt).toBe('2026-03-10T12:00:00.000Z');
    } finally {
      env().clock.now = TEST_NOW;
    }
  });

  it('applies nothing of a batch whose bulk write fails at the end (one transaction)', async () => {
    const device = await TestDevice.enrol(env().app);
    const before = await env().store.countRows();
    // A device the database does not know: every rule passes, the foreign keys refuse the final write.
    const ghost = { id: uuidv7(), centreId: device.centre.id, label: 'ghost', enrolledAt: '2026-03-10T00:00:00Z', revokedAt: null, enrolment: 'open' as const };
    const batch = { deviceId: ghost.id, batchId: uuidv7(), mutations: [device.create(device.session()), device.create(device.session())] };
    await expect(env().store.push(ghost, batch, env().clock.now)).rejects.toThrow();
    expect(await env().store.countRows()).toEqual(before);
  });
});
