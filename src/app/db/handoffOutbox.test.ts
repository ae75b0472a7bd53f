import { beforeEach, describe, expect, it } from 'vitest';
import { passphraseSealer } from '../../shared/handoff/crypto';
import { PBKDF2_MIN_ITERATIONS } from '../../shared/handoff/format';
import { createHandoffFile, openHandoffFile } from '../../shared/handoff/handoffFile';
import type { HandoffPlaintext } from '../../shared/handoff/format';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import type { AppDb } from './AppDb';
import { importHandoffPlaintext, readPendingHandoff } from './handoffOutbox';
import { getSession } from './sessionReads';
import { createSession, updateSession } from './sessions';
import type { SentMutation } from './tables';

/** Tablet A's pending work (two sessions, one edited), through a real passphrase file and back. */
async function fileFromTabletA(): Promise<{ plaintext: HandoffPlaintext; ids: string[] }> {
  freshDb();
  const first = aSession();
  const second = aSession({ occurredAt: '2026-11-21T09:00:00+01:00' });
  await createSession(first);
  await createSession(second);
  await updateSession({ ...first, durationMin: 25 });
  const pending = await readPendingHandoff();
  const source = { sourceDeviceId: first.deviceId, centreId: first.centreId, createdAt: new Date() };
  const text = await createHandoffFile(pending, source, await passphraseSealer('long enough phrase', PBKDF2_MIN_ITERATIONS));
  const { plaintext } = await openHandoffFile(text, { passphrase: 'long enough phrase' });
  return { plaintext, ids: [first.id, second.id] };
}

describe('hand-off on the tablet', () => {
  let fromA: Awaited<ReturnType<typeof fileFromTabletA>>;
  let tabletB: AppDb;
  beforeEach(async () => {
    fromA = await fileFromTabletA();
    tabletB = freshDb();
  });

  it('exports the outbox exactly as push would send it, with the sessions as the tablet shows them', () => {
    expect(fromA.plaintext.mutations.map((m) => [m.type, m.deviceSeq])).toEqual([
      ['session.create', 1],
      ['session.create', 2],
      ['session.update', 3],
    ]);
    expect(fromA.plaintext.mutations[2]).toMatchObject({ baseVersion: 0, patch: { durationMin: 25 } });
    expect(fromA.plaintext.sessions.find((s) => s.session.id === fromA.ids[0])?.session.durationMin).toBe(25);
  });

  it('queues the same mutation ids behind its own, in order; a second import adds nothing', async () => {
    const own = aSession();
    await createSession(own);
    expect(await importHandoffPlaintext(fromA.plaintext)).toEqual({ added: 3, skipped: 0 });
    const queued = await tabletB.outbox.orderBy('deviceSeq').toArray();
    expect(queued.map((r) => r.mutationId)).toEqual([expect.any(String) as string, ...fromA.plaintext.mutations.map((m) => m.mutationId)]);
    expect(queued[0]?.recordId).toBe(own.id);
    expect(queued[3]).toMatchObject({ type: 'session.update', baseVersion: 0, patch: { durationMin: 25 } });
    expect(await getSession(fromA.ids[0]!)).toMatchObject({ durationMin: 25, day: '2026-11-20', version: 0 });
    expect(await getSession(fromA.ids[1]!)).toMatchObject({ day: '2026-11-21' });

    expect(await importHandoffPlaintext(fromA.plaintext)).toEqual({ added: 0, skipped: 3 });
    expect(await tabletB.outbox.count()).toBe(4);
  });

  it('skips a change this tablet already sent or had refused', async () => {
    const [sent, refused] = fromA.plaintext.mutations;
    const { deviceSeq: _s, ...refusedRow } = refused!;
    await tabletB.sentLog.add({ ...sent!, createdAt: 1, ackedAt: 2, epoch: 'e1' } as SentMutation); // one row: as versions before chunks stored them
    await tabletB.deadLetters.add({ ...refusedRow, createdAt: 1, code: 'FORBIDDEN', message: 'no', rejectedAt: 3 });
    expect(await importHandoffPlaintext(fromA.plaintext)).toEqual({ added: 1, skipped: 2 });
    expect((await tabletB.outbox.toArray()).map((r) => r.type)).toEqual(['session.update']);
  });
});
