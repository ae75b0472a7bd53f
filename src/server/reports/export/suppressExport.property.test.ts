// The donor cross-tables are suppressed together with the report: an attacker holding the whole export
// (every table, every sum across them, the donor sheet) pins no small count. Suppressing them apart,
// as two exports of one week, leaks: the negative control shows the attacker would notice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attack } from '../../../shared/reports/attack';
import {
  buildReport,
  countSessions,
  isHidden,
  suppressTables,
  tableKeys,
  type ReportableSession,
  type ReportTable,
  type SuppressedTable,
} from '../../../shared/reports';
import { weekRange } from '../../../shared/reports';
import { AGE_BANDS, BLOCKERS, FIRST_VISIT, GENDERS, GROUPS, OUTCOMES } from '../../../shared/schemas/vocabulary';
import { countIndicators } from '../indicators/countIndicators';
import { indicatorTables } from '../indicators/indicatorTables';
import { suppressExport } from './suppressExport';

const period = weekRange('2026-W47');
const skewed = <T>(values: readonly T[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...values.slice(0, 2)), weight: 4 },
    { arbitrary: fc.constantFrom(...values), weight: 1 },
  );
const sessionArb: fc.Arbitrary<ReportableSession> = fc
  .record({
    day: fc.integer({ min: 16, max: 22 }),
    gender: skewed(GENDERS),
    ageBand: skewed(['25_34', '35_44', ...AGE_BANDS] as const),
    groups: fc.uniqueArray(skewed(['rural', 'roma_egyptian', ...GROUPS] as const), { maxLength: 2 }),
    firstVisit: skewed(FIRST_VISIT),
    services: fc.array(fc.record({ outcome: skewed(OUTCOMES), blocker: fc.constantFrom(...BLOCKERS) }), {
      minLength: 1,
      maxLength: 2,
    }),
  })
  .map((r) => ({
    occurredAt: `2026-11-${r.day}T10:00:00+01:00`,
    centreId: '01900000-0000-7000-8000-0000000000c1',
    channel: 'walk_in' as const,
    gender: r.gender,
    ageBand: r.ageBand,
    groups: r.groups,
    firstVisit: r.firstVisit,
    services: r.services.map((s) =>
      s.outcome === 'completed'
        ? { serviceCode: 'AL-TAX-EFILE', outcome: s.outcome }
        : { serviceCode: 'AL-TAX-EFILE', outcome: s.outcome, blocker: s.blocker },
    ),
  }));
const exportArb = fc.record({
  sessions: fc.array(sessionArb, { minLength: 1, maxLength: 45 }),
  k: fc.constantFrom(3, 5, 10),
});

function inputOf(sessions: ReportableSession[]) {
  const counts = countSessions(sessions);
  return {
    counts,
    indicators: countIndicators(sessions),
    report: buildReport(counts, { period, categoryOf: new Map([['AL-TAX-EFILE', 'tax' as const]]) }),
  };
}

function truthOf(tables: readonly ReportTable[]): Map<string, number> {
  const truth = new Map<string, number>();
  for (const t of tables) {
    const keys = tableKeys(t);
    t.cells.forEach((row, i) => row.forEach((n, j) => truth.set(keys.cell(i, j), n)));
    t.rowTotals.forEach((n, i) => truth.set(keys.rowTotal(i), n));
    t.colTotals.forEach((n, j) => truth.set(keys.colTotal(j), n));
    truth.set(keys.grand, t.grandTotal);
  }
  return truth;
}

function smallRecovered(
  published: SuppressedTable[],
  links: Parameters<typeof attack>[1],
  truth: Map<string, number>,
  k: number,
): string[] {
  const { bounds, recovered } = attack(published, links);
  for (const [key, { lo, hi }] of bounds) {
    const value = truth.get(key) ?? NaN;
    if (value < lo || value > hi) throw new Error(`the attacker is unsound: ${key} = ${value}, not in [${lo}, ${hi}]`);
  }
  return [...recovered].filter(([, n]) => n >= 1 && n < k).map(([key, n]) => `${key} = ${n}`);
}

describe('export suppression with the donor cross-tables', () => {
  it('lets no small count be worked out from the whole export (fast-check, 80 exports)', () => {
    fc.assert(
      fc.property(exportArb, ({ sessions, k }) => {
        const input = inputOf(sessions);
        const out = suppressExport(input, k);
        const extra = indicatorTables(input.indicators, input.counts);
        const truth = truthOf([...input.report.tables, ...extra.tables]);
        expect(smallRecovered([...out.tables, ...out.indicatorTables], out.links, truth, k)).toEqual([]);
        for (const row of out.donor) {
          for (const cell of [row.sessions, row.firstVisits, row.services, ...Object.values(row.outcomes)]) {
            if (typeof cell === 'number') expect(cell === 0 || cell >= k).toBe(true);
          }
          for (const [outcome, rate] of Object.entries(row.rates)) {
            const part = row.outcomes[outcome as keyof typeof row.outcomes];
            if (isHidden(part) || isHidden(row.services)) expect(rate).toEqual({ hidden: true });
          }
        }
      }),
      { numRuns: 80, seed: 20261123 },
    );
  });

  it('the negative control: the cross-tables suppressed apart from the report leak small counts', () => {
    const exports = fc.sample(exportArb, { numRuns: 60, seed: 20261123 });
    const leaking = exports.filter(({ sessions, k }) => {
      const input = inputOf(sessions);
      const extra = indicatorTables(input.indicators, input.counts);
      const apart = [
        ...suppressTables(input.report.tables, { k, links: input.report.links }),
        ...suppressTables(extra.tables, { k, links: extra.links }),
      ];
      const truth = truthOf([...input.report.tables, ...extra.tables]);
      return smallRecovered(apart, [...input.report.links, ...extra.links], truth, k).length > 0;
    });
    expect(leaking.length).toBeGreaterThan(0);
  });
});
