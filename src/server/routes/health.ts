import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../shared/sync/protocol';
import { HttpError } from '../http/httpError';
import { stamp, type RouteDeps } from './deps';

/** For load balancers and the device's diagnostics screen; 503 when the database does not answer. */
export function healthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/health', { config: { rateLimit: false, auth: 'public' } }, async (): Promise<HealthResponse> => {
    try {
      await deps.store.ping();
    } catch (err) {
      app.log.error({ err }, 'health: database does not answer');
      throw new HttpError(503, 'DATABASE_UNAVAILABLE', 'The database does not answer');
    }
    return { status: 'ok', database: deps.store.dialect, schemaVersion: deps.store.schemaVersion, ...stamp(deps) };
  });
}
