// Bad input to the report routes: each gets a clear 4xx in the one error shape, and no export is logged.
import { beforeAll, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids';
import { expectApiError } from '../testing/expectApiError';
import { describeOnStores } from '../testing/testEnv';
import { buildReportWorld, getAs, postAs, type ReportWorld } from './testing/reportWorld';

type Who = 'admin' | 'coordinatorA' | 'volunteerA';
type Case = [title: string, who: Who, url: (w: ReportWorld) => string, status: number, code: string];

const CASES: Case[] = [
  ['a week past 53', 'admin', () => '/api/reports?week=2026-W60', 400, 'INVALID_WEEK'],
  ['a week without W', 'admin', () => '/api/reports?week=2026-47', 400, 'INVALID_WEEK'],
  ['week 53 of a 52-week year', 'admin', () => '/api/reports?week=2025-W53', 400, 'INVALID_WEEK'],
  ['a week in 1999', 'admin', () => '/api/reports?week=1999-W10', 400, 'INVALID_WEEK'],
  [
    'a week and a range',
    'admin',
    () => '/api/reports?week=2026-W05&from=2026-01-01&to=2026-01-07',
    400,
    'INVALID_PERIOD',
  ],
  ['from without to', 'admin', () => '/api/reports?from=2026-01-01', 400, 'INVALID_PERIOD'],
  ['to before from', 'admin', () => '/api/reports?from=2026-03-05&to=2026-03-01', 400, 'INVALID_PERIOD'],
  ['30 February', 'admin', () => '/api/reports?from=2026-02-30&to=2026-03-01', 400, 'INVALID_DATE'],
  ['a ten-year range', 'admin', () => '/api/reports?from=2016-01-01&to=2025-12-31', 400, 'RANGE_TOO_LONG'],
  [
    'a ten-year export',
    'admin',
    () => '/api/reports/export?from=2016-01-01&to=2025-12-31&format=xlsx',
    400,
    'RANGE_TOO_LONG',
  ],
  ['an unknown centre', 'admin', () => `/api/reports?centreIds=${uuidv7()}`, 404, 'CENTRE_NOT_FOUND'],
  [
    'an unknown centre beside a real one',
    'admin',
    (w) => `/api/reports/export?centreIds=${w.centreA.id},${uuidv7()}`,
    404,
    'CENTRE_NOT_FOUND',
  ],
  ['a centre id that is no id', 'admin', () => '/api/reports?centreIds=shkoder', 400, 'INVALID_REQUEST'],
  ['an unknown parameter', 'admin', () => '/api/reports?colour=red', 400, 'INVALID_REQUEST'],
  ['k = 1', 'admin', () => '/api/reports/export?week=2026-W05&k=1', 400, 'K_TOO_SMALL'],
  ['k = 0', 'admin', () => '/api/reports/export?week=2026-W05&k=0', 400, 'K_TOO_SMALL'],
  ['k = -3', 'admin', () => '/api/reports/export?week=2026-W05&k=-3', 400, 'K_TOO_SMALL'],
  ['k = 2.5', 'admin', () => '/api/reports/export?week=2026-W05&k=2.5', 400, 'INVALID_K'],
  ['k = abc', 'admin', () => '/api/reports/export?week=2026-W05&k=abc', 400, 'INVALID_REQUEST'],
  ['format = pdf', 'admin', () => '/api/reports/export?week=2026-W05&format=pdf', 400, 'INVALID_REQUEST'],
  ['lng = de', 'admin', () => '/api/reports/export?week=2026-W05&lng=de', 400, 'INVALID_REQUEST'],
  ["another centre's report", 'coordinatorA', (w) => `/api/reports?centreIds=${w.centreB.id}`, 404, 'CENTRE_NOT_FOUND'],
  [
    'own and another centre',
    'coordinatorA',
    (w) => `/api/reports?centreIds=${w.centreA.id},${w.centreB.id}`,
    404,
    'CENTRE_NOT_FOUND',
  ],
  [
    "another centre's export",
    'coordinatorA',
    (w) => `/api/reports/export?centreIds=${w.centreB.id}&k=10`,
    404,
    'CENTRE_NOT_FOUND',
  ],
  [
    'an unknown centre, as coordinator',
    'coordinatorA',
    () => `/api/reports?centreIds=${uuidv7()}`,
    404,
    'CENTRE_NOT_FOUND',
  ],
  ['a volunteer', 'volunteerA', (w) => `/api/reports?centreIds=${w.centreA.id}`, 403, 'FORBIDDEN'],
  ['a volunteer exporting', 'volunteerA', () => '/api/reports/export', 403, 'FORBIDDEN'],
];

describeOnStores('report routes: bad input', (env) => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await buildReportWorld(env());
  });

  it.each(CASES)('%s → %i %s', async (_title, who, url, status, code) => {
    const before = (await env().store.audit.query({ action: 'report.exported' })).length;
    expectApiError(await getAs(env(), w[who], url(w)), status, code);
    expect((await env().store.audit.query({ action: 'report.exported' })).length).toBe(before);
  });

  it('names the unknown centres to an admin, and nothing to a coordinator', async () => {
    const unknown = uuidv7();
    const toAdmin = expectApiError(
      await getAs(env(), w.admin, `/api/reports?centreIds=${w.centreA.id},${unknown}`),
      404,
      'CENTRE_NOT_FOUND',
    );
    expect(toAdmin.details).toEqual({ unknown: [unknown] });
    const toCoordinator = expectApiError(
      await getAs(env(), w.coordinatorA, `/api/reports?centreIds=${w.centreB.id}`),
      404,
      'CENTRE_NOT_FOUND',
    );
    expect(toCoordinator.details).toBeUndefined();
  });

  it.each([
    ['another centre', (x: ReportWorld) => ({ centreId: x.centreB.id, week: '2026-W05' }), 404, 'CENTRE_NOT_FOUND'],
    ['a bad week', (x: ReportWorld) => ({ centreId: x.centreA.id, week: '2026-W99' }), 400, 'INVALID_WEEK'],
    ['this week', (x: ReportWorld) => ({ centreId: x.centreA.id, week: '2026-W11' }), 409, 'WEEK_NOT_OVER'],
    [
      'an extra field',
      (x: ReportWorld) => ({ centreId: x.centreA.id, week: '2026-W05', force: true }),
      400,
      'INVALID_REQUEST',
    ],
  ] as const)('locking %s → %i %s', async (_title, payload, status, code) => {
    expectApiError(await postAs(env(), w.coordinatorA, '/api/reports/locks', payload(w)), status, code);
  });
});
