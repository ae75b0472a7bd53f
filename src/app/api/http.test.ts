import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiErrorOf, OFFLINE, request, requestJson, UNKNOWN_ERROR } from './http';

function answer(status: number, body: string, headers: Record<string, string> = {}) {
  return vi.fn(() => Promise.resolve(new Response(status === 204 ? null : body, { status, headers: { 'content-type': 'application/json', ...headers } })));
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe('apiErrorOf', () => {
  it.each([
    [401, { error: { code: 'INVALID_CREDENTIALS', message: 'The login or password is not right' } }, 'INVALID_CREDENTIALS'],
    [400, { error: { code: 'WEAK_PASSWORD', message: 'x', details: { reason: 'password_common' } } }, 'WEAK_PASSWORD'],
    [502, null, UNKNOWN_ERROR],
    [500, { error: 'boom' }, UNKNOWN_ERROR],
    [404, { error: { code: '', message: 'x' } }, UNKNOWN_ERROR],
    [400, { message: 'not our shape' }, UNKNOWN_ERROR],
  ])('%i %j → %s', (status, body, code) => {
    const error = apiErrorOf(status, body);
    expect(error).toMatchObject({ code, status });
  });

  it('keeps details and a numeric Retry-After', () => {
    const error = apiErrorOf(429, { error: { code: 'RATE_LIMITED', message: 'x', details: { a: 1 } } }, '120');
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, details: { a: 1 }, retryAfterSeconds: 120 });
    expect(apiErrorOf(429, null, 'Wed, 21 Oct 2015 07:28:00 GMT').retryAfterSeconds).toBeUndefined();
  });
});

describe('request', () => {
  it('sends JSON with the bearer token and answers the body and the server clock', async () => {
    const fetch = answer(200, '{"centres":[]}', { 'x-ura-server-time': '2026-03-02T10:00:00.000Z' });
    vi.stubGlobal('fetch', fetch);
    const got = await request<{ centres: [] }>('POST', '/api/x', { token: 'tok_abcdefghijklmnopqrstuvwxyz', body: { a: 1 } });
    expect(got).toEqual({ body: { centres: [] }, serverTime: '2026-03-02T10:00:00.000Z' });
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/x');
    expect(init).toMatchObject({ method: 'POST', body: '{"a":1}', credentials: 'omit', cache: 'no-store' });
    expect(init.headers).toMatchObject({ authorization: 'Bearer tok_abcdefghijklmnopqrstuvwxyz', 'content-type': 'application/json' });
  });

  it('sends no content type without a body (an empty JSON body is refused by the server) and accepts 204', async () => {
    const fetch = answer(204, '');
    vi.stubGlobal('fetch', fetch);
    expect(await requestJson('POST', '/api/auth/sign-out', { token: 't' })).toBeNull();
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.headers).not.toHaveProperty('content-type');
  });

  it('throws the server error code with its status', async () => {
    vi.stubGlobal('fetch', answer(409, '{"error":{"code":"LOGIN_TAKEN","message":"This login is taken; choose another"}}'));
    expect(await failure(requestJson('POST', '/api/auth/accept-invite', { body: {} }))).toMatchObject({ code: 'LOGIN_TAKEN', status: 409 });
  });

  it('turns an HTML error page into UNKNOWN_ERROR with the status', async () => {
    vi.stubGlobal('fetch', answer(502, '<html>Bad gateway</html>', { 'content-type': 'text/html' }));
    expect(await failure(requestJson('GET', '/api/admin/centres'))).toMatchObject({ code: UNKNOWN_ERROR, status: 502 });
  });

  it('turns a network failure into code offline, status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await failure(requestJson('GET', '/api/auth/status'))).toMatchObject({ code: OFFLINE, status: 0 });
  });

  it('rethrows the caller’s own abort as is', async () => {
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new DOMException('aborted', 'AbortError'))));
    const error = await requestJson('GET', '/api/auth/status', { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
  });
});
