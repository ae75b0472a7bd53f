import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { checkCounts, countSessions, type ReportCounts } from './reportCounts';

const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';

/** What the server's GROUP BY queries return for two sessions: one with two services, one with one. */
const counts: ReportCounts = {
  byDay: { '2026-11-16': 1, '2026-11-18': 1 },
  byCentre: { [A]: 1, [B]: 1 },
  byChannel: { walk_in: 1, phone: 1 },
  byGenderAge: { female: { '25_34': 1 }, male: { '65_plus': 1 } },
  byGroup: { rural: 2, roma_egyptian: 1 },
  byFirstVisit: { yes: 2 },
  byService: { 'AL-CIVIL-BIRTH-CERT': 2, 'AL-TAX-EFILE': 1 },
  byOutcome: { completed: 2, not_completed: 1 },
  byBlocker: { no_eid: 1 },
};

describe('countSessions', () => {
  it('counts what the GROUP BY queries would', () => {
    const sessions = [
      aSession({
        occurredAt: '2026-11-16T23:30:00+01:00',
        centreId: A,
        services: [
          { serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'completed' },
          { serviceCode: 'AL-TAX-EFILE', outcome: 'not_completed', blocker: 'no_eid' },
        ],
        gender: 'female',
        ageBand: '25_34',
        groups: ['rural', 'roma_egyptian'],
      }),
      aSession({ occurredAt: '2026-11-18T09:00:00+01:00', centreId: B, channel: 'phone', gender: 'male' }),
    ];
    expect(countSessions(sessions)).toEqual(counts);
  });
});

describe('checkCounts', () => {
  it('accepts counts that add up', () => {
    expect(() => checkCounts(counts)).not.toThrow();
  });

  it.each<[string, Partial<ReportCounts>, RegExp]>([
    [
      'a channel query that forgot the deleted filter',
      { byChannel: { walk_in: 2, phone: 1 } },
      /byChannel sums to 3, byDay to 2/,
    ],
    ['an outcome query over another week', { byOutcome: { completed: 2 } }, /byOutcome sums to 2, byService to 3/],
    [
      'blockers that do not match the not-completed outcomes',
      { byBlocker: {} },
      /byBlocker sums to 0, not-completed services to 1/,
    ],
    [
      'a gender x age query that lost a row',
      { byGenderAge: { female: { '25_34': 1 } } },
      /byGenderAge sums to 1, byDay to 2/,
    ],
    [
      'fewer services than sessions',
      { byService: { X: 1 }, byOutcome: { not_completed: 1 } },
      /fewer services \(1\) than sessions \(2\)/,
    ],
    [
      'a gender that is not in the vocabulary',
      { byGenderAge: { x: { '25_34': 2 } } as ReportCounts['byGenderAge'] },
      /byGenderAge has the unknown code "x"/,
    ],
    [
      'an age band that is not in the vocabulary',
      { byGenderAge: { female: { '30_39': 2 } } as ReportCounts['byGenderAge'] },
      /byGenderAge.female has the unknown code "30_39"/,
    ],
    ['a negative count', { byCentre: { [A]: 3, [B]: -1 } }, /not a non-negative integer/],
    ['a fractional count', { byCentre: { [A]: 1.5, [B]: 0.5 } }, /not a non-negative integer/],
    [
      'more sessions in a group than sessions',
      { byGroup: { roma_egyptian: 3 } },
      /more sessions in group roma_egyptian \(3\) than sessions \(2\)/,
    ],
  ])('rejects %s', (_name, patch, message) => {
    expect(() => checkCounts({ ...counts, ...patch })).toThrow(message);
    expect(() => checkCounts({ ...counts, ...patch })).toThrow(/^report_counts_inconsistent: /);
  });
});
