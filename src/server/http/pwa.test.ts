import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { expectApiError } from '../testing/expectApiError';
import { openTestStore } from '../testing/testEnv';

describe('serving the PWA', () => {
  let app: FastifyInstance;
  let dist: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'ura-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("install", () => {});');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
    const test = await openTestStore('sqlite');
    close = test.close;
    app = await buildApp({ config: loadConfig({}, { distDir: dist }), store: test.store, logger: false });
  });
  afterAll(async () => {
    await app.close();
    await close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html and sw.js for revalidation, hashed assets as immutable', async () => {
    const index = await app.inject({ url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect((await app.inject({ url: '/sw.js' })).headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
  });

  it('falls back to index.html for app routes but not for the API or missing files', async () => {
    const page = await app.inject({ url: '/sessions/today?x=1' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<!doctype html>');
    expect(page.headers['cache-control']).toBe('no-cache');
    for (const url of ['/api/nothing', '/missing.png']) {
      const res = await app.inject({ url });
      expectApiError(res, 404, 'NOT_FOUND');
    }
  });

  it('marks every API answer no-store (success, error, unknown route), and no static file', async () => {
    const api = [
      await app.inject({ url: '/api/health' }),
      await app.inject({ url: '/api/auth/status?x=1' }),
      await app.inject({ url: '/api/nothing' }),
      await app.inject({ url: '/api' }),
      await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { login: 'nobody', password: 'wrong-password' } }),
      await app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'text/plain' }, payload: 'hi' }),
    ];
    expect(api.map((res) => res.statusCode)).toEqual([200, 200, 404, 404, 401, 415]);
    for (const res of api) expect(res.headers['cache-control']).toBe('no-store');
    for (const url of ['/', '/sw.js', '/assets/index-abc123.js', '/sessions/today', '/apiary']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).not.toContain('no-store');
    }
  });

  it('sends a strict CSP without inline script or style', async () => {
    const csp = String((await app.inject({ url: '/' })).headers['content-security-policy']);
    for (const directive of ["script-src 'self'", "style-src 'self'", "worker-src 'self'", "connect-src 'self'", "manifest-src 'self'", "img-src 'self' data:"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('answers unsupported media types and unknown routes in the error shape', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'text/plain' }, payload: 'hi' });
    expectApiError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const method = await app.inject({ method: 'DELETE', url: '/api/health' });
    expectApiError(method, 404, 'NOT_FOUND');
  });
});
