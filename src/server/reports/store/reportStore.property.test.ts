// The SQL aggregation equals the TypeScript one (countSessions + buildReport) on random data, on SQLite
// and on PostgreSQL: demo sessions of random seeds and windows, random deletions, a random subset of
// centres and period, plus hand-made edge sessions (late-night offsets, no groups, several services).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStarterCatalogue } from '../../../shared/catalogue/starterCatalogue';
import { demoNetwork, generateSessions } from '../../../shared/demo';
import { uuidv7 } from '../../../shared/ids';
import {
  buildReport,
  categoriesOf,
  countSessions,
  datesBetween,
  totalsOf,
  type ReportOptions,
} from '../../../shared/reports';
import type { Session } from '../../../shared/schemas/session';
import {
  AGE_BANDS,
  BLOCKERS,
  CHANNELS,
  FIRST_VISIT,
  GENDERS,
  GROUPS,
  OUTCOMES,
} from '../../../shared/schemas/vocabulary';
import { importSessions, type ImportItem } from '../../demo/sessionImport';
import { insertDemoNetwork } from '../../demo/networkInsert';
import { NO_PG_MESSAGE, PG_URL } from '../../testing/testEnv';
import { countIndicators } from '../indicators/countIndicators';
import { openReportDb, type ReportDb } from '../testing/reportDb';

const network = demoNetwork(11);
const catalogue = loadStarterCatalogue();
const DAYS = datesBetween({ start: '2026-03-02', end: '2026-05-31' });

const edgeSession = (centreIndex: number) =>
  fc
    .record({
      day: fc.constantFrom(...DAYS),
      time: fc.constantFrom('00:00', '00:30', '12:00', '23:30', '23:59'),
      offset: fc.constantFrom('+01:00', '+02:00', '-05:00', '+14:00', 'Z'),
      channel: fc.constantFrom(...CHANNELS),
      gender: fc.constantFrom(...GENDERS),
      ageBand: fc.constantFrom(...AGE_BANDS),
      groups: fc.uniqueArray(fc.constantFrom(...GROUPS), { maxLength: 4 }),
      firstVisit: fc.constantFrom(...FIRST_VISIT),
      services: fc.array(
        fc.record({
          code: fc.constantFrom('AL-CIVIL-BIRTH-CERT', 'MK-NOT-IN-CATALOGUE', catalogue[3]!.code),
          outcome: fc.constantFrom(...OUTCOMES),
          blocker: fc.constantFrom(...BLOCKERS),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map((r): Session => {
      const centre = network.centres[centreIndex % network.centres.length]!;
      return {
        id: uuidv7(),
        centreId: centre.centre.id,
        volunteerId: centre.volunteerIds[0]!,
        deviceId: centre.deviceIds[0]!,
        occurredAt: `${r.day}T${r.time}:00${r.offset}`,
        durationMin: 10,
        channel: r.channel,
        requester: 'citizen',
        services: r.services.map((e) =>
          e.outcome === 'completed'
            ? { serviceCode: e.code, outcome: e.outcome }
            : { serviceCode: e.code, outcome: e.outcome, blocker: e.blocker },
        ),
        gender: r.gender,
        ageBand: r.ageBand,
        groups: r.groups,
        firstVisit: r.firstVisit,
      };
    });

const runArb = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  from: fc.integer({ min: 0, max: DAYS.length - 25 }),
  span: fc.integer({ min: 0, max: 20 }),
  scale: fc.constantFrom(0.05, 0.3, 1),
  deleteEvery: fc.integer({ min: 2, max: 15 }),
  centres: fc.subarray(
    network.centres.map((c) => c.centre.id),
    { minLength: 1 },
  ),
  periodFrom: fc.integer({ min: 0, max: 10 }),
  periodSpan: fc.integer({ min: 0, max: 13 }),
  edges: fc.array(fc.integer({ min: 0, max: 16 }).chain(edgeSession), { maxLength: 25 }),
});

for (const kind of ['sqlite', 'postgres'] as const) {
  const noPg = kind === 'postgres' && !PG_URL;
  describe.skipIf(noPg)(
    `report SQL equals the TypeScript aggregation [${kind}]${noPg ? ` — skipped: ${NO_PG_MESSAGE}` : ''}`,
    () => {
      let rdb: ReportDb;
      beforeAll(async () => {
        rdb = await openReportDb(kind);
        await insertDemoNetwork(rdb.store, network, '2026-01-01T00:00:00.000Z');
      });
      afterAll(() => rdb.close());

      it('on random demo weeks, deletions, scopes and periods', { timeout: 180_000 }, async () => {
        await fc.assert(
          fc.asyncProperty(runArb, async (run) => {
            await rdb.db.deleteFrom('sessions').execute();
            const window = { start: DAYS[run.from]!, end: DAYS[run.from + run.span]! };
            const generated = [
              ...generateSessions(network, { seed: run.seed, from: window.start, to: window.end, scale: run.scale }),
              ...run.edges,
            ];
            const items: ImportItem[] = generated.map((session, i) =>
              i % run.deleteEvery === 0 ? { session, deletedAt: '2026-06-01T00:00:00.000Z' } : { session },
            );
            await importSessions(rdb.db, rdb.dialect, items, { batchSize: 700 });

            const start = DAYS[run.from + run.periodFrom]!;
            const period = { start, end: DAYS[run.from + run.periodFrom + run.periodSpan]! };
            const previous = { start: DAYS[run.from]!, end: DAYS[run.from + run.periodFrom]! };
            const inScope = (range: { start: string; end: string }) =>
              items
                .filter(
                  ({ session: s, deletedAt }) =>
                    !deletedAt &&
                    run.centres.includes(s.centreId) &&
                    s.occurredAt.slice(0, 10) >= range.start &&
                    s.occurredAt.slice(0, 10) <= range.end,
                )
                .map((i) => i.session);
            const options: ReportOptions = {
              period,
              categoryOf: categoriesOf(catalogue),
              centreIds: run.centres,
              serviceCodes: catalogue.slice(0, 20).map((s) => s.code),
            };

            const snapshot = await rdb.store.reports.snapshot(
              { centreIds: run.centres, range: period },
              { previous, indicators: true },
            );
            const expected = inScope(period);
            expect(snapshot.counts).toEqual(countSessions(expected));
            expect(buildReport(snapshot.counts, options)).toEqual(buildReport(countSessions(expected), options));
            expect(snapshot.indicators).toEqual(countIndicators(expected));
            expect(snapshot.previousTotals).toEqual(totalsOf(countSessions(inScope(previous))));
          }),
          { numRuns: kind === 'sqlite' ? 25 : 10 },
        );
      });
    },
  );
}
