import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import { commonPasswords } from './auth/passwordPolicy';
import type { ServerConfig } from './config';
import { installApiNoStore } from './http/apiNoStore';
import { installErrorHandling, sendError } from './http/errorHandling';
import { HttpError } from './http/httpError';
import { registerPwa } from './http/pwa';
import { registerSecurity } from './http/security';
import { apiRoutes } from './routes';
import type { Store } from './store/types';

export type BuildAppOptions = {
  config: ServerConfig;
  store: Store;
  /** The server clock (tests fix it). */
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** Called for every route as it is registered (the authorization suite lists them this way). */
  onRoute?: (route: RouteOptions) => void;
};

/** The whole HTTP server, not listening: main.ts listens, the tests use app.inject(). */
export async function buildApp({ config, store, now = () => new Date(), logger, onRoute }: BuildAppOptions): Promise<FastifyInstance> {
  commonPasswords(); // loaded once at start, not at the first sign-up
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Fastify's own 503 while closing has another body shape; the onRequest hook below answers instead.
    return503OnClosing: false,
    frameworkErrors: (error, request, reply) => {
      sendError(error, request, reply);
    },
  });
  if (onRoute) app.addHook('onRoute', onRoute);
  // JSON only: any other body type gets 415 instead of reaching a route as a string.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app);
  installApiNoStore(app);
  let isClosing = false;
  app.addHook('preClose', (done) => {
    isClosing = true;
    done();
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!isClosing) return;
    void reply.header('connection', 'close');
    throw new HttpError(503, 'SHUTTING_DOWN', 'The server is restarting; retry in a moment');
  });
  await registerSecurity(app, config);
  await app.register(apiRoutes({ store, config, now }), { prefix: '/api' });
  await registerPwa(app, config.distDir);
  return app;
}
