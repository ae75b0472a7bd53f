// The report JSON, its scope and period defaults, week locks and what changed after them.
import { beforeAll, expect, it } from 'vitest';
import { describeOnStores } from '../testing/testEnv';
import { addUser } from '../testing/testPeople';
import type { LockResponse, ReportResponse } from '../../shared/reports/api';
import { buildReportWorld, getAs, postAs, pushSessions, type ReportWorld } from './testing/reportWorld';

const at = (date: string, time = '10:00') => `${date}T${time}:00+01:00`;

describeOnStores('report routes', (env) => {
  let w: ReportWorld;
  beforeAll(async () => {
    w = await buildReportWorld(env());
    // W08 (16–22 Feb 2026): 12 sessions at A, 3 at B; W07: 5 at A. One at A on Sunday 23:30 belongs to W08.
    await pushSessions(w.deviceA, 12, (i) => ({ occurredAt: at(`2026-02-${16 + (i % 6)}`) }));
    await pushSessions(w.deviceA, 1, () => ({ occurredAt: '2026-02-22T23:30:00+01:00' }));
    await pushSessions(w.deviceB, 3, () => ({ occurredAt: at('2026-02-17'), gender: 'male' }));
    await pushSessions(w.deviceA, 5, () => ({ occurredAt: at('2026-02-10') }));
  });
  const report = async (who: keyof ReportWorld, query: string) => {
    const res = await getAs(env(), w[who] as never, `/api/reports${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ReportResponse>();
  };
  const table = (r: ReportResponse, id: string) => r.report.tables.find((t) => t.id === id)!;

  it('gives a coordinator the raw counts of their own centres only, by default', async () => {
    const r = await report('coordinatorA', '?week=2026-W08');
    expect(r.centres.map((c) => c.id)).toEqual([w.centreA.id]);
    expect(r.report.totals.sessions).toBe(13);
    expect(table(r, 'sessions_by_day').cells.flat()).toEqual([2, 2, 2, 2, 2, 2, 1]);
    expect(r.previous).toMatchObject({ period: { start: '2026-02-09', end: '2026-02-15' }, totals: { sessions: 5 } });
    expect(r.comparison?.sessions).toEqual({ current: 13, previous: 5, delta: 8, percent: 160 });
    expect(r.recommendedK).toBe(10);
    expect(r.defaultK).toBe(5);
  });

  it('gives an admin the whole network, or the centres asked for', async () => {
    const all = await report('admin', '?week=2026-W08');
    expect(all.report.totals.sessions).toBe(16);
    expect(table(all, 'sessions_by_centre').rows).toEqual(expect.arrayContaining([w.centreA.id, w.centreB.id]));
    const onlyB = await report('admin', `?week=2026-W08&centreIds=${w.centreB.id}`);
    expect(onlyB.report.totals.sessions).toBe(3);
    expect(table(onlyB, 'sessions_by_gender_age').rowTotals[1]).toBe(3);
  });

  it('gives a coordinator of two centres any subset of them, and names the e-services listed', async () => {
    const both = await addUser(env(), 'coordinator', [w.centreA.id, w.centreB.id]);
    const ask = async (query: string) => {
      const res = await getAs(env(), both, `/api/reports?week=2026-W08${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<ReportResponse>();
    };
    expect((await ask('')).report.totals.sessions).toBe(16);
    const picked = await ask(`&centreIds=${w.centreB.id},${w.centreA.id}`);
    expect(picked.centres.map((c) => c.id)).toEqual([w.centreB.id, w.centreA.id]);
    expect(picked.report.totals.sessions).toBe(16);
    const onlyB = await ask(`&centreIds=${w.centreB.id}`);
    expect(onlyB.report.totals.sessions).toBe(3);
    expect(table(onlyB, 'sessions_by_centre').rows).toEqual([w.centreB.id]);
    const listed = table(onlyB, 'services_by_eservice').rows;
    expect(onlyB.services.map((s) => s.code).sort()).toEqual([...listed].sort());
    const birth = onlyB.services.find((s) => s.code === 'AL-CIVIL-BIRTH-CERT');
    expect(birth?.names.sq).toBe('Certifikatë lindjeje');
  });

  it('defaults to the last complete week in the centre’s zone', async () => {
    // TEST_NOW is Tuesday 10 March 2026 (W11): W10 is the last week that has ended.
    const r = await report('coordinatorA', '');
    expect(r.period).toEqual({ start: '2026-03-02', end: '2026-03-08', week: '2026-W10' });
  });

  it('reports a date range, and an empty week as zeros', async () => {
    const range = await report('coordinatorA', '?from=2026-02-10&to=2026-02-16');
    expect(range.period.week).toBeNull();
    expect(range.report.totals.sessions).toBe(7);
    const empty = await report('coordinatorA', '?week=2026-W02');
    expect(empty.report.totals).toEqual({ sessions: 0, services: 0, servicesCompleted: 0, firstVisits: 0 });
    expect(empty.report.tables.every((t) => t.grandTotal === 0)).toBe(true);
    expect(empty.isLocked).toBe(false);
  });

  it('locks a reported week, and flags sessions changed after the lock', async () => {
    const lock = await postAs(env(), w.coordinatorA, '/api/reports/locks', {
      centreId: w.centreA.id,
      week: '2026-W08',
    });
    expect(lock.statusCode, lock.body).toBe(201);
    expect(lock.json<LockResponse>()).toMatchObject({
      isRelock: false,
      lock: { week: '2026-W08', sessionsAtLock: 13, lockedBy: w.coordinatorA.id },
    });
    const locked = await report('coordinatorA', '?week=2026-W08');
    expect(locked.isLocked).toBe(true);
    expect(locked.changedAfterLock).toEqual([]);
    // Coordinator A's lock does not lock the network's week: B's week is not locked.
    expect((await report('admin', '?week=2026-W08')).isLocked).toBe(false);

    const later = env().clock.now;
    env().clock.now = new Date(later.getTime() + 60_000);
    await pushSessions(w.deviceA, 2, () => ({ occurredAt: at('2026-02-18') }));
    const changed = await report('coordinatorA', '?week=2026-W08');
    expect(changed.changedAfterLock).toEqual([
      expect.objectContaining({ week: '2026-W08', sessionsAtLock: 13, sessionsNow: 15, changedAfterLock: 2 }),
    ]);
    expect(changed.report.totals.sessions).toBe(15);

    const relock = await postAs(env(), w.admin, '/api/reports/locks', { centreId: w.centreA.id, week: '2026-W08' });
    expect(relock.statusCode).toBe(200);
    expect(relock.json<LockResponse>()).toMatchObject({ isRelock: true, lock: { sessionsAtLock: 15 } });
    expect((await report('coordinatorA', '?week=2026-W08')).changedAfterLock).toEqual([]);
    env().clock.now = later;
    const audited = await env().store.audit.query({ action: 'report.week_locked' });
    expect(audited.filter((e) => e.targetId === w.centreA.id).map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { week: '2026-W08', sessionsAtLock: 13, isRelock: false },
        { week: '2026-W08', sessionsAtLock: 15, isRelock: true },
      ]),
    );
  });
});
