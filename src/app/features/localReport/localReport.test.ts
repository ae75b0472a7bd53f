import { beforeEach, describe, expect, it } from 'vitest';
import { aggregateSessions, categoriesOf, isHidden, weekRange, type ReportTable, type SuppressedTable } from '../../../shared/reports';
import type { EService } from '../../../shared/schemas/eService';
import { aSession } from '../../../test/fixtures';
import { freshDb } from '../../../test/freshDb';
import type { AppDb } from '../../db/AppDb';
import { deleteSession } from '../../db/sessionDeletes';
import { createSession } from '../../db/sessions';
import { asExported } from './localReport';
import { loadComparison, loadLocalReport } from './queries';

const CENTRE = '01900000-0000-7000-8000-000000000001';
const OTHER_CENTRE = '01900000-0000-7000-8000-0000000000aa';
const WEEK = '2026-W47'; // Monday 16 to Sunday 22 November 2026

const BIRTH: EService = {
  code: 'AL-CIVIL-BIRTH-CERT',
  country: 'AL',
  provider: 'Gjendja Civile',
  category: 'civil_registry',
  names: { sq: 'Certifikatë lindjeje', mk: 'Извод од матична книга', 'sr-Latn': 'Izvod iz matične knjige', 'sr-Cyrl': 'Извод из матичне књиге', cnr: 'Izvod iz matične knjige', en: 'Birth certificate' },
  active: true,
};

const RETIRED: EService = { ...BIRTH, code: 'AL-CIVIL-OLD-FORM', active: false };

let db: AppDb;
beforeEach(async () => {
  db = freshDb();
  await db.catalogue.bulkPut([BIRTH, RETIRED]);
});

const at = (day: string, time = '10:15') => `${day}T${time}:00+01:00`;
const rowsOf = (table: ReportTable | SuppressedTable | undefined) => Object.fromEntries((table?.rows ?? []).map((row, i) => [row, table?.cells[i]?.[0]]));
const tableOf = <T extends { id: string }>(tables: readonly T[], id: string) => tables.find((t) => t.id === id);

describe('the tablet’s own report', () => {
  it('counts the centre’s live sessions of the week, and none of another centre, week or deleted', async () => {
    await createSession(aSession({ occurredAt: at('2026-11-16', '09:00') }));
    await createSession(aSession({ occurredAt: at('2026-11-16', '23:30'), gender: 'male', firstVisit: 'no' }));
    await createSession(aSession({ occurredAt: at('2026-11-20'), services: [{ serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'not_completed', blocker: 'portal_outage' }] }));
    const deleted = aSession({ occurredAt: at('2026-11-18') });
    await createSession(deleted);
    await deleteSession(deleted.id);
    await createSession(aSession({ occurredAt: at('2026-11-18'), centreId: OTHER_CENTRE }));
    await createSession(aSession({ occurredAt: at('2026-11-12') })); // W46: the previous week
    await createSession(aSession({ occurredAt: at('2026-11-23') })); // W48

    const { report, centreName } = await loadLocalReport(CENTRE, 'AL', WEEK);
    const comparison = await loadComparison(CENTRE, report);

    expect(centreName).toBeUndefined(); // no centre row in this test's database
    expect(report.period).toEqual(weekRange(WEEK));
    expect(report.totals).toMatchObject({ sessions: 3, services: 3, servicesCompleted: 2, firstVisits: 2 });
    expect(rowsOf(tableOf(report.tables, 'sessions_by_day'))).toEqual({
      '2026-11-16': 2,
      '2026-11-17': 0,
      '2026-11-18': 0,
      '2026-11-19': 0,
      '2026-11-20': 1,
      '2026-11-21': 0,
      '2026-11-22': 0,
    });
    expect(rowsOf(tableOf(report.tables, 'sessions_by_centre'))).toEqual({ [CENTRE]: 3 });
    expect(rowsOf(tableOf(report.tables, 'services_by_category'))).toMatchObject({ civil_registry: 3 });
    expect(comparison.sessions).toMatchObject({ current: 3, previous: 1, delta: 2 });
  });

  it('builds the same tables as the shared aggregation over the same sessions', async () => {
    const sessions = [
      aSession({ occurredAt: at('2026-11-17'), channel: 'phone', groups: [], services: [{ serviceCode: 'AL-UNKNOWN-SERVICE', outcome: 'referred', blocker: 'missing_documents' }] }),
      aSession({ occurredAt: at('2026-11-19'), ageBand: '25_34', groups: ['rural', 'roma_egyptian'], services: [{ serviceCode: 'AL-UNKNOWN-SERVICE', outcome: 'completed' }] }),
      aSession({ occurredAt: at('2026-11-22'), services: [{ serviceCode: 'AL-UNKNOWN-SERVICE', outcome: 'completed' }] }),
    ];
    for (const s of sessions) await createSession(s);
    const { report } = await loadLocalReport(CENTRE, 'AL', WEEK);
    const expected = aggregateSessions(sessions, {
      period: weekRange(WEEK),
      categoryOf: categoriesOf([BIRTH]),
      serviceCodes: [BIRTH.code],
      centreIds: [CENTRE],
    });
    expect(report).toEqual(expected);
    // The catalogue's active e-service is listed though nobody was helped with it, the retired one is not; the unknown code follows.
    expect(rowsOf(tableOf(report.tables, 'services_by_eservice'))).toEqual({ [BIRTH.code]: 0, 'AL-UNKNOWN-SERVICE': 3 });
  });

  it('shows an empty week as zeros, every day listed', async () => {
    const { report } = await loadLocalReport(CENTRE, 'AL', WEEK);
    const comparison = await loadComparison(CENTRE, report);
    expect(report.totals.sessions).toBe(0);
    expect(Object.values(rowsOf(tableOf(report.tables, 'sessions_by_day')))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(comparison.sessions.percent).toBeNull();
    const exported = asExported(report, 5);
    expect(exported.totals.sessions).toBe(0); // a true zero stays zero
  });

  it('hides a single session as a donor file would, and keeps zeros as zeros', async () => {
    await createSession(aSession({ occurredAt: at('2026-11-18') }));
    const { report } = await loadLocalReport(CENTRE, 'AL', WEEK);
    expect(report.totals.sessions).toBe(1);
    const days = rowsOf(tableOf(asExported(report, 5).tables, 'sessions_by_day'));
    expect(isHidden(days['2026-11-18'] ?? 0)).toBe(true);
    expect(days['2026-11-17']).toBe(0);
    expect(isHidden(asExported(report, 5).totals.sessions)).toBe(true);
  });

  it('refuses a k below 2 instead of showing every small count', async () => {
    const { report } = await loadLocalReport(CENTRE, 'AL', WEEK);
    expect(() => asExported(report, 1)).toThrow(/k_too_small/);
  });

  it('refuses a week that is no ISO week', async () => {
    await expect(loadLocalReport(CENTRE, 'AL', '2026-W99')).rejects.toThrow(/iso_week/);
  });
});
