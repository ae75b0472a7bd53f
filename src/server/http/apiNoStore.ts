import type { FastifyInstance } from 'fastify';

export const NO_STORE = 'no-store';

/** `/api` and everything under it, with or without a query. */
export function isApiPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path === '/api' || path.startsWith('/api/');
}

/**
 * Every /api answer is `cache-control: no-store`: tokens, data keys and sessions must not land in a browser's
 * or a proxy's HTTP cache (issue 6, at rest; ASVS 14.3), whatever answered: a route, an error, a rate limit,
 * the 404 of an unknown /api path. One root hook, so no route can forget it; static files keep their own
 * caching (pwa.ts). Register it before the routes.
 */
export function installApiNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (isApiPath(request.url)) void reply.header('cache-control', NO_STORE);
  });
}
