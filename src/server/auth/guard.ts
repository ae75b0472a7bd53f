import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { HttpError } from '../http/httpError';
import type { RouteDeps } from '../routes/deps';
import type { DeviceRecord } from '../store/types';
import { authenticateDevice } from './deviceAuth';
import { authenticateUser, type Principal } from './principal';

/**
 * Every /api route states who may call it in `config.auth`; a route without one stops the server at
 * start (fail closed). 'user': an access token; 'device': a device token; 'public': anyone (health,
 * auth status/setup/sign-in/refresh/accept-invite, device enrolment).
 */
export type AuthKind = 'public' | 'user' | 'device';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyContextConfig {
    auth?: AuthKind;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface FastifyRequest {
    principal: Principal | null;
    device: DeviceRecord | null;
  }
}

export function installAuthGuard(app: FastifyInstance, deps: RouteDeps): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('device', null);
  app.addHook('onRoute', (route: RouteOptions) => {
    const auth = (route.config as { auth?: unknown } | undefined)?.auth;
    if (auth !== 'public' && auth !== 'user' && auth !== 'device') {
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.auth`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const auth = request.routeOptions.config.auth;
    if (auth === 'user') request.principal = await authenticateUser(deps, request);
    else if (auth === 'device') request.device = await authenticateDevice(deps.store, request);
    else if (auth !== 'public') throw new HttpError(404, 'NOT_FOUND', 'No such route');
  });
}

/** The signed-in person of a 'user' route. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error(`${request.method} ${request.url}: no principal (route is not auth: 'user')`);
  return request.principal;
}

/** The device of a 'device' route. */
export function deviceOf(request: FastifyRequest): DeviceRecord {
  if (!request.device) throw new Error(`${request.method} ${request.url}: no device (route is not auth: 'device')`);
  return request.device;
}
