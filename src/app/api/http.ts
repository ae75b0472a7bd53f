/*
 * The one way the app talks JSON to /api: same origin, no cookies, no caching, a timeout, and every
 * failure as an ApiError with the server's stable code (the UI translates codes, never messages).
 */

const TIMEOUT_MS = 30_000;
/** The header every /api answer carries with the server clock (src/server/routes/index.ts). */
const SERVER_TIME_HEADER = 'x-ura-server-time';

/** No answer at all (no network, DNS, refused, timed out): the UI says "you are offline". */
export const OFFLINE = 'offline';
/** An error answer without the API's error shape (a proxy's HTML page). */
export const UNKNOWN_ERROR = 'UNKNOWN_ERROR';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    /** The server's stable code (INVALID_CREDENTIALS, RATE_LIMITED, …), or OFFLINE / UNKNOWN_ERROR. */
    readonly code: string,
    /** The HTTP status; 0 when no answer came. */
    readonly status: number,
    message: string,
    readonly details?: unknown,
    /** From Retry-After on 429. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
export type RequestOptions = { body?: unknown; token?: string; signal?: AbortSignal };
export type Answer<T> = { body: T; serverTime: string | null };

/** Turns an error answer into an ApiError; anything but `{ error: { code, message } }` becomes UNKNOWN_ERROR. */
export function apiErrorOf(status: number, body: unknown, retryAfter: string | null = null): ApiError {
  const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
  const error = (body as { error?: unknown } | null)?.error as { code?: unknown; message?: unknown; details?: unknown } | undefined;
  if (error && typeof error.code === 'string' && error.code !== '') {
    const message = typeof error.message === 'string' ? error.message : error.code;
    return new ApiError(error.code, status, message, error.details, seconds);
  }
  return new ApiError(UNKNOWN_ERROR, status, `HTTP ${status}`, undefined, seconds);
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** A request and its answer with the server's clock; throws ApiError for every failure. */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch (error) {
    // The caller's own abort is not a failure to report.
    if (options.signal?.aborted) throw error;
    throw new ApiError(OFFLINE, 0, 'No answer from the server');
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new ApiError(OFFLINE, 0, 'The answer was cut off');
  }
  const body = parseJson(text);
  if (!response.ok) throw apiErrorOf(response.status, body, response.headers.get('retry-after'));
  return { body: body as T, serverTime: response.headers.get(SERVER_TIME_HEADER) };
}

/** The body only. */
export async function requestJson<T>(method: Method, path: string, options?: RequestOptions): Promise<T> {
  return (await request<T>(method, path, options)).body;
}
