import type { FastifyInstance } from 'fastify';
import { createEnrolmentCodeRequestSchema, type DeviceView, type EnrolmentCodeCreated } from '../../shared/auth/api';
import { AUTH_LIMITS } from '../../shared/auth/roles';
import { uuidv7 } from '../../shared/ids';
import { audit } from '../auth/audit';
import type { EnrolmentPayload } from '../auth/codePayloads';
import { principalOf } from '../auth/guard';
import { adminCentres, assertCentreInScope, managesCentre, requireRole } from '../auth/scope';
import { hashCode, newCode } from '../auth/tokens';
import { HttpError } from '../http/httpError';
import type { DeviceAdminRecord } from '../store/authTypes';
import { idParamsSchema } from './adminCentres';
import { parseBody, parseQuery, type RouteDeps } from './deps';

function deviceView(d: DeviceAdminRecord): DeviceView {
  return { id: d.id, centreId: d.centreId, label: d.label, enrolledAt: d.enrolledAt, revokedAt: d.revokedAt, lastSeenAt: d.lastSeenAt, enrolment: d.enrolment };
}

/** /api/admin/devices: list, one-time enrolment codes, revoke (coordinators: their centres; admins: all). */
export function adminDeviceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;
  const user = { config: { auth: 'user' as const } };

  app.get('/admin/devices', user, async (request) => {
    const me = principalOf(request);
    requireRole(me, 'admin', 'coordinator');
    return { devices: (await store.admin.listDevices(adminCentres(me))).map(deviceView) };
  });

  app.post('/admin/devices/enrolment-codes', user, async (request, reply): Promise<EnrolmentCodeCreated> => {
    const me = principalOf(request);
    requireRole(me, 'admin', 'coordinator');
    const body = parseBody(createEnrolmentCodeRequestSchema, request.body);
    assertCentreInScope(me, body.centreId);
    if ((await store.admin.listCentres([body.centreId])).length === 0) throw new HttpError(404, 'CENTRE_NOT_FOUND', 'No such centre');
    const now = deps.now();
    const enrolmentCode = newCode();
    const expiresAt = new Date(now.getTime() + Math.min(AUTH_LIMITS.enrolmentCodeMinutes, 10) * 60_000).toISOString();
    const payload: EnrolmentPayload = { centreId: body.centreId, label: body.label };
    const id = uuidv7();
    await store.codes.add('enrolment', { id, codeHash: hashCode(enrolmentCode), expiresAt, createdBy: me.userId, createdAt: now.toISOString(), payload });
    await audit(deps, request, 'device.enrolment_code_created', { targetType: 'centre', targetId: body.centreId, details: { label: body.label } });
    void reply.code(201);
    return { enrolmentCode, expiresAt };
  });

  // Effective at the device's next request: its token and every sign-in session bound to it stop working.
  app.post('/admin/devices/:id/revoke', user, async (request): Promise<DeviceView> => {
    const me = principalOf(request);
    requireRole(me, 'admin', 'coordinator');
    const { id } = parseQuery(idParamsSchema, request.params, 'path');
    const device = await store.admin.getDevice(id);
    if (!device || !managesCentre(me, device.centreId)) throw new HttpError(404, 'DEVICE_NOT_FOUND', 'No such device');
    const at = deps.now().toISOString();
    if (!device.revokedAt) {
      await store.admin.revokeDevice(id, me.userId, at);
      await audit(deps, request, 'device.revoked', { targetType: 'device', targetId: id, details: { centreId: device.centreId } });
    }
    return deviceView({ ...device, revokedAt: device.revokedAt ?? at, revokedBy: device.revokedBy ?? me.userId });
  });
}
