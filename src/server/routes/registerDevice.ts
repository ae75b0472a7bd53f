import type { FastifyInstance } from 'fastify';
import { uuidv7 } from '../../shared/ids';
import { centreSchema, type Centre } from '../../shared/schemas/centre';
import {
  registerDeviceRequestSchema,
  type CentreListResponse,
  type RegisterDeviceResponse,
} from '../../shared/sync/protocol';
import { hashDeviceToken, newDeviceToken } from '../auth/deviceAuth';
import { HttpError } from '../http/httpError';
import { isTimeZone } from './adminCentres';
import { parseBody, stamp, type RouteDeps } from './deps';

/*
 * The legacy open device setup, while `openDeviceRegistration` is on (the lead removes this seam):
 * anyone who reaches the server may enrol a device for a centre, or create the centre, and list the
 * centres first. Rate-limited per address. With the flag off the route is gone, the centre list needs
 * a device token, and devices enrol with a code (routes/devices.ts).
 */
export function registerDeviceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;
  const isOpen = deps.config.openDeviceRegistration;

  app.get('/sync/v1/centres', { config: { auth: isOpen ? 'public' : 'device' } }, async (): Promise<CentreListResponse> => {
    return { centres: await store.listCentres(), ...stamp(deps) };
  });
  if (!isOpen) return;

  app.post(
    '/sync/v1/register-device',
    { config: { auth: 'public', rateLimit: { max: deps.config.registerRateLimitPerMinute, timeWindow: '1 minute' } } },
    async (request, reply): Promise<RegisterDeviceResponse> => {
      const body = parseBody(registerDeviceRequestSchema, request.body);
      let centre: Centre | undefined;
      let newCentre: Centre | undefined;
      if (body.centreId !== undefined) {
        centre = await store.getCentre(body.centreId);
        if (!centre) throw new HttpError(404, 'CENTRE_NOT_FOUND', 'No centre with this id; pick one from the list');
      } else if (body.centre !== undefined) {
        if (!isTimeZone(body.centre.timeZone)) {
          throw new HttpError(400, 'INVALID_REQUEST', 'centre.timeZone is not an IANA time zone', {
            issues: [{ path: 'centre.timeZone', code: 'invalid_value', message: 'unknown_time_zone' }],
          });
        }
        newCentre = centreSchema.parse({ ...body.centre, id: uuidv7() });
        centre = newCentre;
      }
      if (!centre) throw new HttpError(400, 'INVALID_REQUEST', 'Send centreId or centre');

      const deviceToken = newDeviceToken();
      const deviceId = uuidv7();
      const enrolledAt = deps.now().toISOString();
      await store.addDevice(
        { id: deviceId, centreId: centre.id, label: body.label, enrolledAt, tokenHash: hashDeviceToken(deviceToken), enrolment: 'open' },
        newCentre,
      );
      request.log.info({ deviceId, centreId: centre.id, isNewCentre: newCentre !== undefined }, 'device enrolled');
      void reply.code(201);
      return { deviceId, deviceToken, centre, ...stamp(deps) };
    },
  );
}

