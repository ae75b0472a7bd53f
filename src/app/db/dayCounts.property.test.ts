import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../shared/schemas/session';
import { AGE_BANDS, BLOCKERS, CHANNELS, FIRST_VISIT, GENDERS, GROUPS, OUTCOMES } from '../../shared/schemas/vocabulary';
import type { Change, MutationResult } from '../../shared/sync/protocol';
import { aSession } from '../../test/fixtures';
import { freshDb } from '../../test/freshDb';
import type { AppDb } from './AppDb';
import { countDays, type DayCounts } from './dayCounts';
import { ensureDayCounts } from './dayCountsStore';
import { importHandoffPlaintext, readPendingHandoff } from './handoffOutbox';
import { purgeOutsideWindow } from './localWindow';
import { deleteSession, restoreSession } from './sessionDeletes';
import { toSession } from './sessionReads';
import { createSession, updateSession } from './sessions';
import { applyPushResults } from './syncAck';
import { applyPullPage } from './syncPull';

// Property: whatever sequence of writes the tablet makes (saves, edits, deletes, undo, pull pages, push
// answers, hand-off imports, the local window, bulk deletes), every stored day row equals counting that
// day's sessions, and the report's rebuild of the missing rows gives the same.

const CENTRES = ['01900000-0000-7000-8000-0000000000c1', '01900000-0000-7000-8000-0000000000c2'];
// Two days fall outside a 30-day window ending at NOW, two inside.
const DAYS = ['2026-10-01', '2026-10-20', '2026-11-18', '2026-11-20'];
const NOW = Date.parse('2026-11-20T18:00:00Z');
const CODES = ['AL-CIVIL-BIRTH-CERT', 'AL-TAX-EFILE', 'AL-EID-ACCOUNT'];

const entry = fc.record({
  serviceCode: fc.constantFrom(...CODES),
  outcome: fc.constantFrom(...OUTCOMES),
  blocker: fc.constantFrom(...BLOCKERS),
});
const profile = fc.record({
  centre: fc.nat(CENTRES.length - 1),
  day: fc.nat(DAYS.length - 1),
  channel: fc.constantFrom(...CHANNELS),
  gender: fc.constantFrom(...GENDERS),
  ageBand: fc.constantFrom(...AGE_BANDS),
  groups: fc.subarray([...GROUPS], { maxLength: 3 }),
  firstVisit: fc.constantFrom(...FIRST_VISIT),
  services: fc.uniqueArray(entry, { minLength: 1, maxLength: 3, selector: (s) => s.serviceCode }),
});
type Profile = typeof profile extends fc.Arbitrary<infer P> ? P : never;

const op = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), profile }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), profile }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('pull' as const),
    changes: fc.array(fc.record({ pick: fc.option(fc.nat()), isDeleted: fc.boolean(), profile }), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({ kind: fc.constant('ack' as const), count: fc.nat(5) }),
  fc.record({ kind: fc.constant('handoff' as const) }),
  fc.record({ kind: fc.constant('purge' as const) }),
  fc.record({
    kind: fc.constant('dropDay' as const),
    centre: fc.nat(CENTRES.length - 1),
    day: fc.nat(DAYS.length - 1),
  }),
  fc.record({
    kind: fc.constant('forgetRow' as const),
    centre: fc.nat(CENTRES.length - 1),
    day: fc.nat(DAYS.length - 1),
  }),
  fc.record({ kind: fc.constant('rebuild' as const), centre: fc.nat(CENTRES.length - 1) }),
  fc.record({ kind: fc.constant('clear' as const), roll: fc.nat(3) }), // one time in four: a rare event
);
type Op = typeof op extends fc.Arbitrary<infer O> ? O : never;

let db: AppDb;
let changeSeq = 0;

beforeEach(() => {
  db = freshDb();
  changeSeq = 0;
});

function sessionOf(p: Profile, base: Partial<Session> = {}): Session {
  const services = p.services.map((s) =>
    s.outcome === 'completed' ? { serviceCode: s.serviceCode, outcome: s.outcome } : s,
  );
  const { channel, gender, ageBand, groups, firstVisit } = p;
  const occurredAt = `${DAYS[p.day] ?? '2026-11-20'}T10:00:00+01:00`;
  return aSession({
    ...base,
    centreId: CENTRES[p.centre],
    occurredAt,
    channel,
    gender,
    ageBand,
    groups,
    firstVisit,
    services,
  });
}

const pickFrom = <T>(rows: readonly T[], pick: number): T | undefined => rows[pick % Math.max(1, rows.length)];

async function run(o: Op): Promise<void> {
  const all = await db.sessions.toArray();
  const live = all.filter((s) => !s.deletedAt);
  switch (o.kind) {
    case 'create':
      return createSession(sessionOf(o.profile));
    case 'edit': {
      const s = pickFrom(live, o.pick);
      return s
        ? updateSession(sessionOf(o.profile, { id: s.id, volunteerId: s.volunteerId, deviceId: s.deviceId }))
        : undefined;
    }
    case 'delete': {
      const s = pickFrom(live, o.pick);
      return s ? deleteSession(s.id) : undefined;
    }
    case 'restore': {
      const s = pickFrom(
        all.filter((x) => x.deletedAt),
        o.pick,
      );
      return s ? restoreSession(s.id) : undefined;
    }
    case 'pull': {
      const changes: Change[] = o.changes.map(({ pick, isDeleted, profile: p }) => {
        const known = pick === null ? undefined : pickFrom(all, pick);
        const data = sessionOf(p, known ? { id: known.id } : {});
        changeSeq += 1;
        return {
          scope: `centre:${data.centreId}`,
          entity: 'session',
          id: data.id,
          changeSeq,
          version: changeSeq,
          deleted: isDeleted,
          data: isDeleted ? null : data,
        };
      });
      const cursors = Object.fromEntries(CENTRES.map((c) => [`centre:${c}`, changeSeq]));
      await applyPullPage(db, { changes, cursors, hasMore: false, removedScopes: [] }, NOW);
      return;
    }
    case 'ack': {
      const rows = (await db.outbox.orderBy('deviceSeq').toArray()).slice(0, o.count);
      const results: MutationResult[] = rows.map((row) => ({
        mutationId: row.mutationId,
        status: 'applied',
        version: ++changeSeq,
        changeSeq,
      }));
      return applyPushResults(db, rows, results, NOW);
    }
    case 'handoff': {
      // The tablet's own pending changes as another tablet would import them: sessions come back as they were.
      await importHandoffPlaintext(await readPendingHandoff(db), NOW, db);
      return;
    }
    case 'purge':
      await purgeOutsideWindow(db, NOW, 30);
      return;
    case 'dropDay':
      await db.sessions
        .where('[centreId+day]')
        .equals([CENTRES[o.centre] ?? '', DAYS[o.day] ?? ''])
        .delete();
      return;
    case 'forgetRow':
      await db.dayCounts.delete([CENTRES[o.centre] ?? '', DAYS[o.day] ?? '']);
      return;
    case 'clear':
      if (o.roll === 0) await db.sessions.clear(); // a range delete: every day's sessions at once
      return;
    case 'rebuild':
      await ensureDayCounts(CENTRES[o.centre] ?? '', DAYS, db);
      return;
  }
}

/** Every stored row against a recount of its day's sessions. */
async function expectRowsToMatchSessions(): Promise<void> {
  const sessions = await db.sessions.toArray();
  const rows = await db.dayCounts.toArray();
  for (const row of rows)
    expect(row, `${row.centreId} ${row.day}`).toEqual(countDays(row.centreId, [row.day], sessions)[0]);
}

async function expectRebuildToMatchSessions(): Promise<void> {
  const sessions = await db.sessions.toArray();
  for (const centre of CENTRES) {
    const rows: DayCounts[] = await ensureDayCounts(centre, DAYS, db);
    expect(rows).toEqual(countDays(centre, DAYS, sessions));
  }
}

describe('day counts under random writes', () => {
  it('equal a recount of the sessions after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        db = freshDb();
        for (const centre of CENTRES) await ensureDayCounts(centre, DAYS, db); // counted from the start: every change must keep them
        for (const o of ops) {
          await run(o).catch((error: unknown) => {
            if (!(error instanceof Error && error.name === 'SessionNotFoundError')) throw error;
          });
          await expectRowsToMatchSessions();
        }
        await expectRebuildToMatchSessions();
      }),
      { numRuns: 150 },
    );
  });

  it('keeps rows through a whole day of the desk: no row needs rebuilding', async () => {
    const s = aSession({
      centreId: CENTRES[0],
      occurredAt: '2026-11-20T09:00:00+01:00',
      groups: ['roma_egyptian', 'rural'],
    });
    await ensureDayCounts(CENTRES[0] ?? '', ['2026-11-20'], db);
    await createSession(s);
    await updateSession({ ...s, groups: ['disability'], channel: 'phone' });
    const row = await db.dayCounts.get([CENTRES[0] ?? '', '2026-11-20']);
    expect(row).toMatchObject({ sessions: 1, groups: { disability: 1 }, byChannel: { phone: 1 } });
    await deleteSession(s.id);
    expect(await db.dayCounts.get([CENTRES[0] ?? '', '2026-11-20'])).toMatchObject({
      sessions: 0,
      groups: {},
      byChannel: {},
    });
    await restoreSession(s.id);
    expect(await db.dayCounts.get([CENTRES[0] ?? '', '2026-11-20'])).toMatchObject({
      sessions: 1,
      groups: { disability: 1 },
    });
    expect(toSession((await db.sessions.get(s.id))!)).toMatchObject({ groups: ['disability'] });
  });
});
