import type { Transport } from './transport';

const TIMEOUT_MS = 30_000;

/** The browser's transport: same-origin fetch, JSON both ways, no cookies, a timeout. */
export function fetchTransport(baseUrl = ''): Transport {
  return async ({ method, path, headers, body }) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const out: Record<string, string | undefined> = {};
    response.headers.forEach((value, key) => {
      out[key.toLowerCase()] = value;
    });
    return { status: response.status, headers: out, body: parseJson(text) };
  };
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A proxy's HTML error page: the status code alone decides what happens next.
    return null;
  }
}
