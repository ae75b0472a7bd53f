import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_K, lastCompleteWeek, recommendedK, weekRange } from '../../shared/reports';
import { audit, auditExport } from '../auth/audit';
import { principalOf } from '../auth/guard';
import { assertCentreInScope, requireRole } from '../auth/scope';
import { HttpError } from '../http/httpError';
import { parseBody, parseQuery, stamp, type RouteDeps } from '../routes/deps';
import type { LockResponse, ReportResponse } from '../../shared/reports/api';
import { prepareExport } from './export/prepareExport';
import { requireWeek, resolvePeriod } from './period';
import { lockBodySchema, exportQuerySchema, reportQuerySchema } from './reportQuery';
import { reportCentres } from './reportScope';
import { centreReport, changedAfterLock } from './reportService';

/**
 * /api/reports (issue 5): the raw report for the coordinator's screen, exports with disclosure control,
 * and week locks. Coordinators: their centres; admins: all; volunteers: 403. A centre outside the
 * caller's scope answers 404 like a missing one.
 */
export function reportRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;
  const user = { config: { auth: 'user' as const } };

  app.get('/reports', user, async (request): Promise<ReportResponse> => {
    const query = parseQuery(reportQuerySchema, request.query);
    const centres = await reportCentres(store, principalOf(request), query.centreIds);
    const period = resolvePeriod(
      query,
      centres.map((c) => c.timeZone),
      deps.now(),
    );
    const r = await centreReport(store, centres, period);
    return {
      period: { ...period.range, week: period.week },
      centres: centres.map((c) => ({ id: c.id, name: c.name, timeZone: c.timeZone })),
      report: r.report,
      services: r.services,
      previous: r.previous,
      comparison: r.comparison,
      defaultK: DEFAULT_K,
      recommendedK: recommendedK(r.report.tables),
      isLocked: r.isLocked,
      locks: r.locks,
      changedAfterLock: changedAfterLock(r.locks),
      ...stamp(deps),
    };
  });

  app.get('/reports/export', user, async (request, reply) => {
    const query = parseQuery(exportQuerySchema, request.query);
    const centres = await reportCentres(store, principalOf(request), query.centreIds);
    const period = resolvePeriod(
      query,
      centres.map((c) => c.timeZone),
      deps.now(),
    );
    const prepared = await prepareExport(store, centres, period, {
      format: query.format,
      k: query.k ?? DEFAULT_K,
      lng: query.lng,
      now: deps.now(),
    });
    // Logged before the first byte leaves: an export that started is an export that happened.
    await auditExport(deps, request, prepared.auditDetails);
    void reply
      .type(prepared.contentType)
      .header('content-disposition', `attachment; filename="${prepared.filename}"`)
      .header('x-ura-report-k', String(prepared.k))
      .header('x-ura-recommended-k', String(prepared.recommendedK));
    return reply.send(Readable.from(prepared.chunks()));
  });

  app.post('/reports/locks', user, async (request, reply): Promise<LockResponse> => {
    const me = principalOf(request);
    requireRole(me, 'admin', 'coordinator');
    const body = parseBody(lockBodySchema, request.body);
    assertCentreInScope(me, body.centreId);
    const centre = await store.getCentre(body.centreId);
    if (!centre) throw new HttpError(404, 'CENTRE_NOT_FOUND', 'No such centre');
    const week = requireWeek(body.week);
    if (week > lastCompleteWeek(deps.now(), centre.timeZone)) {
      throw new HttpError(409, 'WEEK_NOT_OVER', `${week} has not ended yet at ${centre.name}; lock it once it is over`);
    }
    const at = deps.now().toISOString();
    const { lock, isRelock } = await store.reports.lockWeek({
      centreId: centre.id,
      week,
      range: weekRange(week),
      lockedBy: me.userId,
      at,
    });
    await audit(deps, request, 'report.week_locked', {
      targetType: 'centre',
      targetId: centre.id,
      details: { week, sessionsAtLock: lock.sessionsAtLock, isRelock },
    });
    void reply.code(isRelock ? 200 : 201);
    return { lock, isRelock, ...stamp(deps) };
  });
}
