// Exports as a donor gets them: CSV with a BOM and translated headers, XLSX that reads back, hidden cells
// marked (never 0), true zeros kept, k stated, and every export in the audit log.
import { beforeAll, expect, it } from 'vitest';
import { AGE_BANDS } from '../../shared/schemas/vocabulary';
import { describeOnStores } from '../testing/testEnv';
import { readXlsx } from './testing/readXlsx';
import { buildReportWorld, getAs, pushSessions, type ReportWorld } from './testing/reportWorld';

const CENTRE_NAME = '=cmd|"/c calc"!A1 Qendra';

describeOnStores('report exports', (env) => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await buildReportWorld(env());
    await env().store.admin.saveCentre({ ...w.centreA, name: CENTRE_NAME }, env().clock.now.toISOString());
    // W08: 40 sessions at A, mostly alike (published), 3 of them Roma (hidden); W07: one session.
    await pushSessions(w.deviceA, 40, (i) => ({
      occurredAt: `2026-02-${16 + (i % 5)}T10:00:00+01:00`,
      groups: i % 13 === 0 ? ['roma_egyptian'] : ['rural'],
      gender: i % 3 === 0 ? 'male' : 'female',
    }));
    await pushSessions(w.deviceA, 1, () => ({ occurredAt: '2026-02-11T09:00:00+01:00' }));
  });
  const exportOf = (query: string) =>
    getAs(env(), w.coordinatorA, `/api/reports/export?centreIds=${w.centreA.id}&${query}`);
  const csvRows = (body: string) =>
    body
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((line) => line.split(','));

  it('writes CSV as UTF-8 with a BOM, headers in the chosen language, and says which k it applied', async () => {
    const sq = await exportOf('week=2026-W08&format=csv&lng=sq');
    expect(sq.statusCode, sq.body).toBe(200);
    expect(sq.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(sq.headers['content-disposition']).toBe('attachment; filename="ura-report-2026-W08.csv"');
    expect(sq.headers['x-ura-report-k']).toBe('5');
    expect(sq.headers['x-ura-recommended-k']).toBe('10');
    expect([...sq.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(sq.body).toContain('Seancat sipas ditës');
    expect(sq.body).toContain('Gjinia \\ Mosha');
    expect(sq.body).toContain('Pragu k i zbatuar,5');
    const en = await exportOf('week=2026-W08&format=csv&lng=en&k=10');
    expect(en.headers['x-ura-report-k']).toBe('10');
    expect(en.body).toContain('Sessions by day\r\nDay,Sessions\r\n2026-02-16,hidden\r\n'); // 8 < k = 10
    expect(en.body).toContain('Sessions by centre\r\nCentre,Sessions\r\n');
    expect(en.body).toContain('Threshold k applied,10');
    const cyrillic = await exportOf('week=2026-W08&format=csv&lng=sr-Cyrl');
    expect(cyrillic.body).toContain('Сесије по дану');
  });

  it('marks hidden cells with the marker, never 0, and keeps a true zero', async () => {
    const rows = csvRows((await exportOf('week=2026-W08&format=csv&lng=en')).body);
    const find = (label: string, after: string) =>
      rows[rows.findIndex((r, i) => r[0] === label && rows.slice(0, i).some((p) => p[0] === after))]!;
    expect(find('Roma / Egyptian', 'Sessions by group')).toEqual(['Roma / Egyptian', 'hidden']);
    // Group rows overlap (a session may be in none or several), so 36 of 40 does not give the Roma count away.
    expect(find('Lives in a rural area', 'Sessions by group')).toEqual(['Lives in a rural area', '36']);
    expect(find('Birth certificate', 'Services by e-service')).toEqual(['Birth certificate', '40']);
    expect(find('Phone', 'Sessions by channel')).toEqual(['Phone', '0']);
    expect(find('Walk-in', 'Sessions by channel')).toEqual(['Walk-in', '40']);
    const numbers = rows
      .flatMap((r) => r.slice(1))
      .filter((v) => /^\d+$/.test(v))
      .map(Number);
    expect(numbers.filter((n) => n > 0 && n < 5)).toEqual([]);
  });

  it('hides every small cell of a week with one session, and shows an empty week as zeros', async () => {
    const one = (await exportOf('week=2026-W07&format=csv&lng=en&k=5')).body;
    const tables = one.slice(one.indexOf('Sessions by day'));
    const values = csvRows(tables).flatMap((r) => r.slice(1));
    expect(values).toContain('hidden');
    expect(values.filter((v) => /^\d+$/.test(v) && v !== '0')).toEqual([]);
    const empty = (await exportOf('week=2026-W02&format=csv&lng=en')).body;
    const emptyValues = csvRows(empty.slice(empty.indexOf('Sessions by day'))).flatMap((r) => r.slice(1));
    expect(emptyValues).not.toContain('hidden');
    expect(emptyValues.filter((v) => /^\d+$/.test(v) && v !== '0')).toEqual([]);
  });

  it('defuses text a spreadsheet would run as a formula', async () => {
    const body = (await exportOf('week=2026-W08&format=csv&lng=en')).body;
    expect(body).toContain(`"'=cmd|""/c calc""!A1 Qendra"`);
    expect(body).not.toMatch(/(^|,)=cmd/m);
  });

  it('writes XLSX that reads back: a sheet per table, frozen headers, numbers as numbers', async () => {
    const res = await exportOf('week=2026-W08&format=xlsx&lng=en&k=5');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { files, sheets } = readXlsx(res.rawPayload);
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/styles.xml']));
    expect(sheets.map((s) => s.name).slice(0, 4)).toEqual([
      'Notes',
      'Donor indicators',
      'Sessions by day',
      'Services by e-service',
    ]);
    expect(sheets).toHaveLength(12);
    const byDay = sheets.find((s) => s.name === 'Sessions by day')!;
    expect(byDay.frozenRows).toBe(2);
    expect(byDay.rows.slice(0, 3)).toEqual([['Sessions by day'], ['Day', 'Sessions'], ['2026-02-16', 8]]);
    expect(byDay.rows.at(-1)).toEqual(['Total', 40]);
    const genderAge = sheets.find((s) => s.name === 'Sessions by gender and age')!;
    expect(genderAge.rows[1]).toEqual([
      'Gender \\ Age',
      ...AGE_BANDS.map((_, i) => genderAge.rows[1]![i + 1]),
      'Total',
    ]);
    expect(genderAge.rows[2]).toContain(26);
    const notes = sheets[0]!;
    expect(notes.rows).toEqual(
      expect.arrayContaining([
        ['Threshold k applied', 5],
        ['ISO week', '2026-W08'],
      ]),
    );
    const donor = sheets[1]!;
    expect(donor.frozenRows).toBe(2);
    expect(donor.rows[2]!.slice(0, 4)).toEqual(['All', 40, 40, 40]);
    expect(donor.percentCells).toBeGreaterThan(0);
    expect(donor.rows.find((r) => r[0] === 'Group: Roma / Egyptian')!.slice(1, 4)).toEqual([
      'hidden',
      'hidden',
      'hidden',
    ]);
  });

  it('logs every export: who, which centres, period, k and format', async () => {
    await exportOf('week=2026-W08&format=csv&lng=mk&k=7');
    const [last] = await env().store.audit.query({ action: 'report.exported', limit: 1 });
    expect(last).toMatchObject({
      actorId: w.coordinatorA.id,
      targetType: 'report',
      targetId: '2026-W08',
      details: {
        centreIds: [w.centreA.id],
        k: 7,
        format: 'csv',
        lng: 'mk',
        period: { start: '2026-02-16', end: '2026-02-22' },
        report: '2026-W08',
      },
    });
  });
});
