import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from './errorHandling';

const IMMUTABLE = 'public, max-age=31536000, immutable';
// index.html, sw.js, the manifest and icons keep their names across releases: always revalidate.
const REVALIDATE = 'no-cache';

/**
 * Serves the built PWA from `distDir` next to the API: hashed /assets/* forever, everything else
 * revalidated (so a new service worker is found), and index.html for page URLs (SPA fallback).
 * Without a build only the API answers.
 */
export async function registerPwa(app: FastifyInstance, distDir: string): Promise<void> {
  const root = resolve(distDir);
  const hasPwa = existsSync(join(root, 'index.html'));
  if (hasPwa) {
    const assetsDir = join(root, 'assets') + sep;
    await app.register(fastifyStatic, {
      root,
      cacheControl: false,
      etag: true,
      lastModified: true,
      setHeaders(reply, path) {
        void reply.header('cache-control', path.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
      },
    });
  } else {
    app.log.warn({ distDir: root }, 'no PWA build found (run `npm run build`); serving the API only');
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasPwa && isPageUrl(request)) return reply.sendFile('index.html');
    return notFound(request, reply);
  });
}

/** A GET for an app route (no file extension, not the API) gets the app shell. */
function isPageUrl(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = request.url.split('?')[0] ?? '';
  if (path === '/api' || path.startsWith('/api/')) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.');
}

