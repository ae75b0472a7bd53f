import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { auditQuerySchema, upsertEServiceRequestSchema, type AuditPage } from '../../shared/auth/api';
import type { EService } from '../../shared/schemas/eService';
import { audit } from '../auth/audit';
import { principalOf } from '../auth/guard';
import { requireRole } from '../auth/scope';
import { HttpError } from '../http/httpError';
import { parseBody, parseQuery, type RouteDeps } from './deps';

const codeParamsSchema = z.strictObject({ code: z.string().regex(/^[A-Z0-9-]{4,64}$/) });

/**
 * /api/admin/catalogue and /api/admin/audit, admins only. The catalogue is never hard-deleted: retiring
 * is `active: false`, and every change moves the entry to a new change_seq of `ref:catalogue`.
 */
export function adminCatalogueRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { admin } = deps.store;
  const user = { config: { auth: 'user' as const } };

  app.get('/admin/catalogue', user, async (request) => {
    requireRole(principalOf(request), 'admin');
    return { services: await admin.listCatalogue() };
  });

  app.post('/admin/catalogue', user, async (request, reply): Promise<EService> => {
    requireRole(principalOf(request), 'admin');
    const service = parseBody(upsertEServiceRequestSchema, request.body);
    if (await admin.getService(service.code)) throw new HttpError(409, 'ALREADY_EXISTS', 'A service with this code exists; codes are never reused');
    await admin.saveService(service, deps.now().toISOString());
    await audit(deps, request, 'catalogue.changed', { targetType: 'e_service', targetId: service.code, details: { change: 'added' } });
    void reply.code(201);
    return service;
  });

  // Rename, translate, retire (active: false) or bring back; the code and country never change.
  app.put('/admin/catalogue/:code', user, async (request): Promise<EService> => {
    requireRole(principalOf(request), 'admin');
    const { code } = parseQuery(codeParamsSchema, request.params, 'path');
    const service = parseBody(upsertEServiceRequestSchema, request.body);
    const current = await admin.getService(code);
    if (!current) throw new HttpError(404, 'NOT_FOUND', 'No service with this code');
    if (service.code !== code || service.country !== current.country) throw new HttpError(400, 'INVALID_REQUEST', 'The code and country of a service cannot change');
    await admin.saveService(service, deps.now().toISOString());
    const change = current.active && !service.active ? 'retired' : !current.active && service.active ? 'reactivated' : 'edited';
    await audit(deps, request, 'catalogue.changed', { targetType: 'e_service', targetId: code, details: { change } });
    return service;
  });

  app.get('/admin/audit', user, async (request): Promise<AuditPage> => {
    requireRole(principalOf(request), 'admin');
    const query = parseQuery(auditQuerySchema, request.query);
    const limit = query.limit ?? 100;
    const entries = await deps.store.audit.query({ ...query, limit });
    return { entries, nextBefore: entries.length === limit ? (entries.at(-1)?.id ?? null) : null };
  });
}
