import { describe, expect, it } from 'vitest';
import { aSession } from '../../test/fixtures';
import { aggregateSessions, buildReport, type Report, type ReportOptions } from './aggregate';
import { weekRange } from './isoWeek';
import { countSessions } from './reportCounts';
import type { ReportTable } from './reportTable';

const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';
const options: ReportOptions = {
  period: weekRange('2026-W47'),
  categoryOf: new Map([
    ['AL-CIVIL-BIRTH-CERT', 'civil_registry'],
    ['AL-TAX-EFILE', 'tax'],
    ['AL-EID-ACCOUNT', 'eid_account'],
  ]),
};
const week = [
  aSession({
    occurredAt: '2026-11-16T09:00:00+01:00',
    centreId: A,
    services: [
      { serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'completed' },
      { serviceCode: 'AL-TAX-EFILE', outcome: 'not_completed', blocker: 'no_eid' },
    ],
    gender: 'female',
    ageBand: '25_34',
    groups: ['rural', 'roma_egyptian'],
    firstVisit: 'yes',
  }),
  // 00:30 on Monday local time is still Sunday (week 46) in UTC: the local day written in occurredAt counts.
  aSession({
    occurredAt: '2026-11-16T00:30:00+01:00',
    centreId: B,
    channel: 'phone',
    services: [{ serviceCode: 'AL-EID-ACCOUNT', outcome: 'completed' }],
    gender: 'male',
    groups: [],
    firstVisit: 'no',
  }),
  aSession({
    occurredAt: '2026-11-22T10:00:00+01:00',
    centreId: A,
    services: [{ serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'referred', blocker: 'missing_documents' }],
    groups: ['rural'],
    firstVisit: 'unknown',
  }),
];

/** A one-way table as { row: count }, zero rows left out, plus its total. */
function oneWay(report: Report, id: string): Record<string, number> {
  const table = tableOf(report, id);
  const entries = table.rows.map((row, i): [string, number] => [row, table.cells[i]?.[0] ?? NaN]);
  const counts = Object.fromEntries(entries.filter(([, n]) => n !== 0));
  return { ...counts, total: table.grandTotal };
}

function tableOf(report: Report, id: string): ReportTable {
  const table = report.tables.find((t) => t.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
}

describe('aggregateSessions', () => {
  const report = aggregateSessions(week, options);

  it.each<[string, Record<string, number>]>([
    ['sessions_by_day', { '2026-11-16': 2, '2026-11-22': 1, total: 3 }],
    ['services_by_eservice', { 'AL-CIVIL-BIRTH-CERT': 2, 'AL-EID-ACCOUNT': 1, 'AL-TAX-EFILE': 1, total: 4 }],
    ['services_by_category', { civil_registry: 2, tax: 1, eid_account: 1, total: 4 }],
    ['services_by_outcome', { completed: 2, referred: 1, not_completed: 1, total: 4 }],
    ['services_by_blocker', { no_eid: 1, missing_documents: 1, total: 2 }],
    ['sessions_by_channel', { walk_in: 2, phone: 1, total: 3 }],
    ['sessions_by_group', { rural: 2, roma_egyptian: 1, total: 3 }],
    ['sessions_by_first_visit', { yes: 1, no: 1, unknown: 1, total: 3 }],
    ['sessions_by_centre', { [A]: 2, [B]: 1, total: 3 }],
  ])('%s', (id, expected) => {
    expect(oneWay(report, id)).toEqual(expected);
  });

  it('lists every day of the week and every code of the closed lists, zeros included', () => {
    expect(tableOf(report, 'sessions_by_day').rows).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(tableOf(report, 'sessions_by_channel').rows).toHaveLength(5);
    expect(tableOf(report, 'services_by_category').rows).not.toContain('uncategorised');
  });

  it('crosses gender with age band, with both margins', () => {
    const table = tableOf(report, 'sessions_by_gender_age');
    expect(table.rows).toEqual(['female', 'male', 'other', 'not_stated']);
    expect(table.cols).toEqual(['under_18', '18_24', '25_34', '35_44', '45_54', '55_64', '65_plus', 'not_stated']);
    expect(table.cells).toEqual([
      [0, 0, 1, 0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(table.rowTotals).toEqual([2, 1, 0, 0]);
    expect(table.colTotals).toEqual([0, 0, 1, 0, 0, 0, 2, 0]);
    expect(table.grandTotal).toBe(3);
  });

  it('says the group table is not additive and is special-category data; no other table is', () => {
    const flags = report.tables.map((t) => [t.id, t.additive, t.sensitive, t.noteKey ?? null]);
    expect(flags.filter(([, additive, sensitive]) => !additive || sensitive)).toEqual([
      ['sessions_by_group', false, true, 'reports.note.groups_not_additive'],
    ]);
  });

  it('gives the headline totals and the sums that cross tables', () => {
    expect(report.totals).toEqual({ sessions: 3, services: 4, servicesCompleted: 2, firstVisits: 1 });
    expect(report.links).toContainEqual({
      total: '["services","category=tax"]',
      parts: ['["services","eService=AL-TAX-EFILE"]'],
    });
    expect(report.links).toContainEqual({
      total: '["services_not_completed"]',
      parts: [
        '["services","outcome=partly_completed"]',
        '["services","outcome=referred"]',
        '["services","outcome=not_completed"]',
      ],
    });
  });

  it('lists catalogue e-services and centres asked for even at zero, and counts unknown codes as uncategorised', () => {
    const other = aggregateSessions(
      [
        aSession({
          occurredAt: '2026-11-18T12:00:00+01:00',
          services: [{ serviceCode: 'XX-NEW', outcome: 'completed' }],
        }),
      ],
      {
        ...options,
        serviceCodes: ['AL-TAX-EFILE'],
        centreIds: [B],
      },
    );
    expect(tableOf(other, 'services_by_eservice').rows).toEqual(['AL-TAX-EFILE', 'XX-NEW']);
    expect(oneWay(other, 'services_by_category')).toEqual({ uncategorised: 1, total: 1 });
    expect(tableOf(other, 'sessions_by_centre').rows).toEqual([B, '01900000-0000-7000-8000-000000000001']);
  });

  it('gives an empty week of zeros', () => {
    const empty = aggregateSessions([], options);
    expect(empty.totals).toEqual({ sessions: 0, services: 0, servicesCompleted: 0, firstVisits: 0 });
    expect(empty.tables.every((t) => t.grandTotal === 0 && t.cells.flat().every((n) => n === 0))).toBe(true);
  });

  it('refuses a session outside the period', () => {
    expect(() => aggregateSessions([aSession({ occurredAt: '2026-11-23T00:10:00+01:00' })], options)).toThrow(
      /report_session_outside_period/,
    );
  });
});

describe('buildReport from grouped counts (the server path)', () => {
  const counts = countSessions(week);

  it('gives the same report as the sessions', () => {
    expect(buildReport(counts, options)).toEqual(aggregateSessions(week, options));
  });
});
