import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, BLOCKERS, CHANNELS, FIRST_VISIT, GENDERS, GROUPS, OUTCOMES } from '../schemas/vocabulary';
import { aggregateSessions, type Report, type ReportOptions } from './aggregate';
import { attack } from './attack';
import { suppressReport } from './disclosure';
import { weekRange } from './isoWeek';
import type { ReportableSession } from './reportCounts';
import { HIDDEN, tableKeys, type Cell, type ReportTable, type SuppressedTable } from './reportTable';

const options: ReportOptions = {
  period: weekRange('2026-W47'),
  categoryOf: new Map([
    ['AL-CIVIL-BIRTH-CERT', 'civil_registry'],
    ['AL-CIVIL-MARRIAGE-CERT', 'civil_registry'],
    ['AL-TAX-EFILE', 'tax'],
    ['AL-EID-ACCOUNT', 'eid_account'],
  ]),
};
const CODES = [...options.categoryOf.keys(), 'XK-NOT-IN-CATALOGUE'];
const CENTRES = ['01900000-0000-7000-8000-0000000000c1', '01900000-0000-7000-8000-0000000000c2'];

/** Skewed picks, as at a real desk: most people are in a few cells, and some cells are rare. */
function skewed<T>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...values.slice(0, 2)), weight: 3 },
    { arbitrary: fc.constantFrom(...values), weight: 1 },
  );
}

const serviceArb = fc.record({
  serviceCode: fc.constantFrom(...CODES),
  outcome: skewed(OUTCOMES),
  blocker: skewed(BLOCKERS),
});

const sessionArb: fc.Arbitrary<ReportableSession> = fc
  .record({
    day: fc.integer({ min: 16, max: 22 }),
    centreId: skewed(CENTRES),
    channel: skewed(CHANNELS),
    services: fc.uniqueArray(serviceArb, { minLength: 1, maxLength: 3, selector: (s) => s.serviceCode }),
    gender: skewed(GENDERS),
    ageBand: skewed(AGE_BANDS.slice(2)),
    groups: fc.subarray([...GROUPS], { maxLength: 3 }),
    firstVisit: skewed(FIRST_VISIT),
  })
  .map(({ day, services, ...rest }) => ({
    ...rest,
    occurredAt: `2026-11-${day}T10:00:00+01:00`,
    services: services.map(({ blocker, ...s }) => (s.outcome === 'completed' ? s : { ...s, blocker })),
  }));

const exportArb = fc.record({
  sessions: fc.array(sessionArb, { maxLength: 120 }),
  k: fc.integer({ min: 3, max: 10 }),
});

/** Every quantity of a report and its true value. */
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

/** Only primary suppression: what a naive export would publish. */
function primaryOnly(report: Report, k: number): SuppressedTable[] {
  const show = (n: number): Cell => (n >= 1 && n < k ? HIDDEN : n);
  return report.tables.map((t) => ({
    ...t,
    cells: t.cells.map((row) => row.map(show)),
    rowTotals: t.rowTotals.map(show),
    colTotals: t.colTotals.map(show),
    grandTotal: show(t.grandTotal),
    k,
  }));
}

/** The small counts (1..k−1) the attacker pins exactly, checking it never pins a wrong value. */
function smallCountsRecovered(tables: SuppressedTable[], report: Report, k: number): string[] {
  const truth = truthOf(report.tables);
  const { bounds, recovered } = attack(tables, report.links);
  for (const [key, { lo, hi }] of bounds) {
    const value = truth.get(key) ?? NaN;
    if (value < lo || value > hi) throw new Error(`the attacker is unsound: ${key} = ${value}, not in [${lo}, ${hi}]`);
  }
  return [...recovered].filter(([, n]) => n >= 1 && n < k).map(([key, n]) => `${key} = ${n}`);
}

describe('disclosure control against a differencing attacker', () => {
  it('no small count of any export can be worked out (fast-check, 250 exports)', () => {
    fc.assert(
      fc.property(exportArb, ({ sessions, k }) => {
        const report = aggregateSessions(sessions, options);
        const out = suppressReport(report, { k });
        const truth = truthOf(report.tables);
        for (const table of out.tables) {
          const keys = tableKeys(table);
          table.cells.forEach((row, i) =>
            row.forEach((cell, j) => {
              const value = truth.get(keys.cell(i, j)) ?? NaN;
              // Published numbers are true, small ones never published, zeros never hidden.
              if (typeof cell === 'number') expect(cell === value && !(value >= 1 && value < k)).toBe(true);
              else expect(value).toBeGreaterThan(0);
            }),
          );
        }
        expect(smallCountsRecovered(out.tables, report, k)).toEqual([]);
      }),
      { numRuns: 250, seed: 20261116 },
    );
  });

  it('the attacker is real: with primary suppression alone it recovers small counts', () => {
    const exports = fc.sample(exportArb, { numRuns: 200, seed: 20261116 });
    const leaking = exports.filter(({ sessions, k }) => {
      const report = aggregateSessions(sessions, options);
      return smallCountsRecovered(primaryOnly(report, k), report, k).length > 0;
    });
    expect(leaking.length).toBeGreaterThan(exports.length / 4);
  });
});
