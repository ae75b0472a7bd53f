import { beforeEach, expect, it } from 'vitest';
import { freshDb } from '../../test/freshDb';
import type { AppDb } from './AppDb';
import { chunksOf, dropSentOf, readSentMutations, SENT_CHUNK_SIZE } from './sentLog';
import type { SentMutation } from './tables';

let db: AppDb;
beforeEach(() => {
  db = freshDb();
});

const mutation = (deviceSeq: number, recordId = `r-${deviceSeq}`): SentMutation => ({
  deviceSeq,
  mutationId: `m-${deviceSeq}`,
  type: 'session.create',
  recordId,
  payloadVersion: 1,
  createdAt: 1,
  ackedAt: 2,
  epoch: 'e1',
});

it('stores acknowledged mutations in chunks, one write each, and reads them back in order with single rows of earlier versions', async () => {
  const acknowledged = Array.from({ length: 2 * SENT_CHUNK_SIZE + 3 }, (_, i) => mutation(i + 10));
  await db.sentLog.add(mutation(1)); // written one by one, as before chunks
  await db.sentLog.bulkPut(chunksOf(acknowledged));
  expect(await db.sentLog.count()).toBe(1 + 3);
  expect((await readSentMutations(db)).map((m) => m.deviceSeq)).toEqual([1, ...acknowledged.map((m) => m.deviceSeq)]);
});

it('drops the mutations of leaving records from chunks and single rows, keeping the rest', async () => {
  await db.sentLog.add(mutation(1, 'leaving'));
  await db.sentLog.bulkPut(chunksOf([mutation(10, 'leaving'), mutation(11, 'staying'), mutation(12, 'leaving')]));
  await db.sentLog.bulkPut(chunksOf([mutation(20, 'leaving')]));
  expect(await dropSentOf(db, new Set(['leaving']))).toBe(4);
  expect((await readSentMutations(db)).map((m) => [m.deviceSeq, m.recordId])).toEqual([[11, 'staying']]);
  expect(await db.sentLog.count()).toBe(1);
});
