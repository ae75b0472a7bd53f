import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { aggregateSessions } from './aggregate';
import { attack } from './attack';
import { DEFAULT_K, recommendedK, SENSITIVE_K, suppressReport } from './disclosure';
import { weekRange } from './isoWeek';

const H = { hidden: true } as const;

describe('suppressReport', () => {
  const options = {
    period: weekRange('2026-W47'),
    categoryOf: new Map([['AL-CIVIL-BIRTH-CERT', 'civil_registry' as const]]),
  };

  it('gives an empty week as zeros, not hidden cells', () => {
    const out = suppressReport(aggregateSessions([], options));
    const numbers = out.tables.flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.grandTotal]);
    expect(numbers.every((n) => n === 0)).toBe(true);
    expect(out.totals).toEqual({ sessions: 0, services: 0, servicesCompleted: 0, firstVisits: 0 });
  });

  it('hides everything but the zeros of a week with one session', () => {
    const out = suppressReport(aggregateSessions([aSession()], options), { k: 5 });
    const numbers = out.tables.flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.grandTotal]);
    expect(numbers.filter((n) => n !== 0).every((n) => typeof n !== 'number')).toBe(true);
    expect(numbers.filter((n) => typeof n !== 'number').length).toBeGreaterThan(10);
    expect(out.totals).toEqual({ sessions: H, services: H, servicesCompleted: H, firstVisits: H });
  });

  it('publishes the totals the tables publish, and uses k = 5 by default', () => {
    const sessions = Array.from({ length: 12 }, () => aSession({ occurredAt: '2026-11-18T09:00:00+01:00' }));
    const out = suppressReport(aggregateSessions(sessions, options));
    expect(out.k).toBe(DEFAULT_K);
    expect(out.totals).toEqual({ sessions: 12, services: 12, servicesCompleted: 12, firstVisits: 12 });
  });

  it('recommends k = 10 when special-category data is a dimension', () => {
    const report = aggregateSessions([], options);
    expect(recommendedK(report.tables)).toBe(SENSITIVE_K);
    expect(recommendedK(report.tables.filter((t) => !t.sensitive))).toBe(DEFAULT_K);
  });
});

describe('a week at a small desk, exported with the recommended k', () => {
  const options = {
    period: weekRange('2026-W47'),
    categoryOf: new Map([['AL-CIVIL-BIRTH-CERT', 'civil_registry' as const]]),
  };
  const day = (d: number) => `2026-11-${16 + (d % 5)}T10:00:00+01:00`;
  const sessions = Array.from({ length: 40 }, (_, n) =>
    aSession({
      occurredAt: day(n),
      gender: n % 3 === 0 ? 'male' : 'female',
      ageBand: n % 7 === 0 ? 'under_18' : '25_34',
      groups: n % 13 === 0 ? ['roma_egyptian'] : ['rural'],
      firstVisit: n % 4 === 0 ? 'no' : 'yes',
    }),
  );
  const report = aggregateSessions(sessions, options);
  const k = recommendedK(report.tables);
  const out = suppressReport(report, { k });

  it('publishes no count below k, and a Roma count of 4 is hidden', () => {
    const numbers = out.tables.flatMap((t) => [...t.cells.flat(), ...t.rowTotals, ...t.colTotals, t.grandTotal]);
    expect(numbers.filter((n) => typeof n === 'number' && n > 0 && n < k)).toEqual([]);
    const groups = out.tables.find((t) => t.id === 'sessions_by_group');
    expect(groups?.cells[groups.rows.indexOf('roma_egyptian')]).toEqual([H]);
    expect(out.totals.sessions).toBe(40);
  });

  it('gives the attacker nothing it can pin', () => {
    expect([...attack(out.tables, out.links).recovered.values()].filter((n) => n < k)).toEqual([]);
  });
});
