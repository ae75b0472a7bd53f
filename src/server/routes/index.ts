import type { FastifyInstance } from 'fastify';
import { SERVER_EPOCH_HEADER } from '../../shared/sync/protocol';
import type { RouteDeps } from './deps';
import { healthRoutes } from './health';
import { registerDeviceRoutes } from './registerDevice';
import { syncRoutes } from './sync';

export const SERVER_TIME_HEADER = 'x-ura-server-time';

/** Everything under /api. */
export function apiRoutes(deps: RouteDeps) {
  return function routes(app: FastifyInstance): Promise<void> {
    // Errors carry no body fields besides `error`, so every API answer also states epoch and time in headers.
    app.addHook('onSend', async (_request, reply) => {
      void reply.header(SERVER_EPOCH_HEADER, deps.store.serverEpoch()).header(SERVER_TIME_HEADER, deps.now().toISOString());
    });
    healthRoutes(app, deps);
    registerDeviceRoutes(app, deps);
    syncRoutes(app, deps);
    return Promise.resolve();
  };
}
