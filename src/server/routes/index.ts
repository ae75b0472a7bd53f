import type { FastifyInstance } from 'fastify';
import { SERVER_EPOCH_HEADER } from '../../shared/sync/protocol';
import { installAuthGuard } from '../auth/guard';
import { acceptInviteRoutes } from './acceptInvite';
import { adminCatalogueRoutes } from './adminCatalogue';
import { adminCentreRoutes } from './adminCentres';
import { adminDeviceRoutes } from './adminDevices';
import { adminUserRoutes } from './adminUsers';
import { authRoutes } from './auth';
import type { RouteDeps } from './deps';
import { deviceRoutes } from './devices';
import { handoffRoutes } from './handoff';
import { healthRoutes } from './health';
import { reportRoutes } from '../reports/routes';
import { registerDeviceRoutes } from './registerDevice';
import { signInRoutes } from './signIn';
import { syncRoutes } from './sync';

export const SERVER_TIME_HEADER = 'x-ura-server-time';

/** Everything under /api. Every route declares `config.auth` (auth/guard.ts), or the server does not start. */
export function apiRoutes(deps: RouteDeps) {
  return function routes(app: FastifyInstance): Promise<void> {
    // Errors carry no body fields besides `error`, so every API answer also states epoch and time in headers.
    app.addHook('onSend', async (_request, reply) => {
      void reply.header(SERVER_EPOCH_HEADER, deps.store.serverEpoch()).header(SERVER_TIME_HEADER, deps.now().toISOString());
      // cache-control: no-store is set for every /api answer by one root hook (http/apiNoStore.ts).
    });
    installAuthGuard(app, deps);
    healthRoutes(app, deps);
    authRoutes(app, deps);
    signInRoutes(app, deps);
    acceptInviteRoutes(app, deps);
    deviceRoutes(app, deps);
    adminCentreRoutes(app, deps);
    adminUserRoutes(app, deps);
    adminDeviceRoutes(app, deps);
    adminCatalogueRoutes(app, deps);
    reportRoutes(app, deps);
    registerDeviceRoutes(app, deps);
    syncRoutes(app, deps);
    handoffRoutes(app, deps);
    return Promise.resolve();
  };
}
