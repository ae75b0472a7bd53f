import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config';

/**
 * A strict CSP for the PWA: no inline script or style, everything from this origin. A Vite build fits
 * it (module scripts and stylesheets are files; small assets inlined as data: are images or fonts).
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export async function registerSecurity(app: FastifyInstance, config: ServerConfig): Promise<void> {
  await app.register(helmet, {
    // upgrade-insecure-requests is left out: a centre's LAN server may run on plain http.
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
  });
  // Responses compressed; request bodies may come gzip/deflate/br-encoded. The body limit applies
  // to the decompressed size, so a small compressed bomb still gets 413.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'], requestEncodings: ['gzip', 'deflate', 'br'] });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    // Only the API is limited: the app shell and its chunks are static, cached by the service worker,
    // and a whole centre's tablets often share one address behind a router.
    allowList: (request) => !request.url.startsWith('/api/'),
  });
}
