import type { FastifyInstance } from 'fastify';
import { enrolDeviceRequestSchema, type EnrolDeviceResponse } from '../../shared/auth/api';
import { uuidv7 } from '../../shared/ids';
import { audit } from '../auth/audit';
import { INVALID_CODE_MESSAGE, enrolmentPayloadSchema } from '../auth/codePayloads';
import { addressKey, recordFailure } from '../auth/rateLimit';
import { hashCode, hashToken, newToken } from '../auth/tokens';
import { HttpError } from '../http/httpError';
import { parseBody, type RouteDeps } from './deps';
import { checkLimits } from './signIn';

/**
 * A tablet enrols with the one-time code a coordinator made for a centre (valid minutes, single use)
 * and gets its device token, shown once. Rate-limited per address like sign-in.
 */
export function deviceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/devices/enrol', { config: { auth: 'public' } }, async (request, reply): Promise<EnrolDeviceResponse> => {
    const body = parseBody(enrolDeviceRequestSchema, request.body);
    const keys = [addressKey('enrol', request)];
    await checkLimits(deps, request, 'enrol', keys);
    const at = deps.now().toISOString();
    const deviceToken = newToken();
    const deviceId = uuidv7();
    const done = await deps.store.codes.consume('enrolment', hashCode(body.enrolmentCode), at, async (raw, ctx, createdBy) => {
      const { centreId } = enrolmentPayloadSchema.parse(raw);
      const centre = await ctx.getCentre(centreId);
      if (!centre) return undefined;
      await ctx.addDevice({ id: deviceId, centreId, label: body.label, enrolledAt: at, revokedAt: null, enrolment: 'code', tokenHash: hashToken(deviceToken), enrolledBy: createdBy });
      return { centre, enrolledBy: createdBy };
    });
    if (!done?.value) {
      await recordFailure(deps, keys);
      throw new HttpError(400, 'INVALID_CODE', INVALID_CODE_MESSAGE);
    }
    const { centre, enrolledBy } = done.value;
    const details = { centreId: centre.id, label: body.label, enrolledBy };
    await audit(deps, request, 'device.enrolled', { actorId: null, deviceId, targetType: 'device', targetId: deviceId, details });
    void reply.code(201);
    return { deviceId, deviceToken, centre, serverEpoch: deps.store.serverEpoch() };
  });
}
