import { describe, expect, it } from 'vitest';
import { aSession } from '../../../test/fixtures';
import { buildReport, countSessions, HIDDEN, weekRange, type ReportableSession } from '../../../shared/reports';
import { suppressExport } from '../export/suppressExport';
import { countIndicators } from './countIndicators';
import type { DonorRow } from './donorIndicators';

const period = weekRange('2026-W47');
function donor(sessions: ReportableSession[], k = 5): DonorRow[] {
  const counts = countSessions(sessions);
  const report = buildReport(counts, { period, categoryOf: new Map([['AL-CIVIL-BIRTH-CERT', 'civil_registry']]) });
  return suppressExport({ report, counts, indicators: countIndicators(sessions) }, k).donor;
}
const row = (rows: DonorRow[], dim: string, code: string) => rows.find((r) => r.dim === dim && r.code === code)!;
const women = (n: number, extra: Partial<ReportableSession> = {}) =>
  Array.from({ length: n }, () => aSession({ gender: 'female', ageBand: '25_34', groups: ['rural'], ...extra }));
const referred = {
  services: [
    { serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'referred' as const, blocker: 'missing_documents' as const },
  ],
};

describe('donor indicators', () => {
  it('reads the numbers of the suppressed tables and turns them into shares', () => {
    const rows = donor([...women(15), ...women(5, referred), ...women(8, { gender: 'male', firstVisit: 'no' })]);
    expect(row(rows, 'all', 'all')).toMatchObject({
      sessions: 28,
      firstVisits: 20,
      services: 28,
      outcomes: { completed: 23, referred: 5, partly_completed: 0 },
    });
    expect(row(rows, 'all', 'all').rates.completed).toBeCloseTo(23 / 28);
    expect(row(rows, 'gender', 'female')).toMatchObject({
      sessions: 20,
      firstVisits: 20,
      services: 20,
      outcomes: { completed: 15, referred: 5 },
      rates: { completed: 0.75, referred: 0.25, not_completed: 0 },
    });
    expect(row(rows, 'gender', 'male')).toMatchObject({ sessions: 8, firstVisits: 0, rates: { completed: 1 } });
    expect(row(rows, 'group', 'rural')).toMatchObject({ sessions: 28, services: 28 });
  });

  it('gives no share where nobody was helped, and keeps zeros', () => {
    const other = row(donor(women(12)), 'gender', 'other');
    expect(other).toMatchObject({ sessions: 0, firstVisits: 0, services: 0, outcomes: { completed: 0 } });
    expect(Object.values(other.rates)).toEqual([null, null, null, null]);
  });

  it('hides a share when a number it comes from is hidden', () => {
    const rows = donor([...women(20), ...women(2, { gender: 'male', groups: ['roma_egyptian'] })], 5);
    const men = row(rows, 'gender', 'male');
    expect(men.sessions).toEqual(HIDDEN);
    expect(men.rates.completed).toEqual(HIDDEN);
    expect(men.rates.referred).toEqual(HIDDEN); // 0 of a hidden total is still a share of a hidden number
    expect(row(rows, 'group', 'roma_egyptian').rates.completed).toEqual(HIDDEN);
    // The network total stays a number only if publishing it pins nothing small.
    for (const r of rows)
      for (const v of [r.sessions, r.services, r.firstVisits])
        if (typeof v === 'number') expect(v === 0 || v >= 5).toBe(true);
  });

  it('hides everything but the zeros of a week with one session', () => {
    const rows = donor(women(1));
    expect(row(rows, 'all', 'all')).toMatchObject({
      sessions: HIDDEN,
      firstVisits: HIDDEN,
      services: HIDDEN,
      outcomes: { completed: HIDDEN, referred: 0 },
    });
    expect(row(rows, 'gender', 'male').sessions).toBe(0);
  });
});
