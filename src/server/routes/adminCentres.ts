import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createCentreRequestSchema, createOrganisationRequestSchema, updateCentreRequestSchema, type OrganisationView } from '../../shared/auth/api';
import { UUID_PATTERN, uuidv7 } from '../../shared/ids';
import { centreSchema, type Centre } from '../../shared/schemas/centre';
import { audit } from '../auth/audit';
import { principalOf } from '../auth/guard';
import { adminCentres, assertCentreInScope, requireRole } from '../auth/scope';
import { HttpError } from '../http/httpError';
import { parseBody, parseQuery, type RouteDeps } from './deps';

export const idParamsSchema = z.strictObject({ id: z.string().regex(UUID_PATTERN) });

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function assertTimeZone(zone: string | undefined): void {
  if (zone !== undefined && !isTimeZone(zone)) {
    throw new HttpError(400, 'INVALID_REQUEST', 'timeZone is not an IANA time zone', { issues: [{ path: 'timeZone', code: 'invalid_value', message: 'unknown_time_zone' }] });
  }
}

/** /api/admin/organisations (admins) and /api/admin/centres (coordinators: their own; admins: all). */
export function adminCentreRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { admin } = deps.store;
  const user = { config: { auth: 'user' as const } };

  async function assertOrganisation(id: string | undefined): Promise<void> {
    if (id !== undefined && !(await admin.listOrganisations()).some((o) => o.id === id)) {
      throw new HttpError(404, 'ORGANISATION_NOT_FOUND', 'No such organisation');
    }
  }

  app.get('/admin/organisations', user, async (request) => {
    requireRole(principalOf(request), 'admin', 'coordinator');
    return { organisations: await admin.listOrganisations() };
  });

  app.post('/admin/organisations', user, async (request, reply) => {
    requireRole(principalOf(request), 'admin');
    const body = parseBody(createOrganisationRequestSchema, request.body);
    const organisation: OrganisationView = { id: uuidv7(), name: body.name, createdAt: deps.now().toISOString() };
    await admin.addOrganisation(organisation);
    await audit(deps, request, 'organisation.created', { targetType: 'organisation', targetId: organisation.id, details: { name: body.name } });
    void reply.code(201);
    return organisation;
  });

  app.get('/admin/centres', user, async (request) => {
    const me = principalOf(request);
    requireRole(me, 'admin', 'coordinator');
    return { centres: await admin.listCentres(adminCentres(me)) };
  });

  app.post('/admin/centres', user, async (request, reply) => {
    requireRole(principalOf(request), 'admin');
    const body = parseBody(createCentreRequestSchema, request.body);
    assertTimeZone(body.timeZone);
    await assertOrganisation(body.organisationId);
    const centre = centreSchema.parse({ ...body, id: uuidv7() });
    await admin.saveCentre(centre, deps.now().toISOString());
    await audit(deps, request, 'centre.created', { targetType: 'centre', targetId: centre.id, details: { name: centre.name } });
    void reply.code(201);
    return centre;
  });

  app.patch('/admin/centres/:id', user, async (request): Promise<Centre> => {
    const me = principalOf(request);
    requireRole(me, 'admin', 'coordinator');
    const { id } = parseQuery(idParamsSchema, request.params, 'path');
    assertCentreInScope(me, id);
    const body = parseBody(updateCentreRequestSchema, request.body);
    if (body.organisationId !== undefined && me.role !== 'admin') throw new HttpError(403, 'FORBIDDEN', 'Only an admin moves a centre to another organisation');
    assertTimeZone(body.timeZone);
    await assertOrganisation(body.organisationId);
    const [current] = await admin.listCentres([id]);
    if (!current) throw new HttpError(404, 'CENTRE_NOT_FOUND', 'No such centre');
    const centre = centreSchema.parse({ ...current, ...body, id });
    await admin.saveCentre(centre, deps.now().toISOString());
    await audit(deps, request, 'centre.updated', { targetType: 'centre', targetId: id, details: { fields: Object.keys(body) } });
    return centre;
  });
}
