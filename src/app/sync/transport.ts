/** One HTTP exchange as the engine sees it; the simulator and the tests put their own in between. */
export type TransportRequest = {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: unknown;
};

/** Header names in lower case; `body` is the parsed JSON (or null when there was none). */
export type TransportResponse = { status: number; headers: Record<string, string | undefined>; body: unknown };

/** Rejects only when no answer arrived (offline, timeout, connection lost): then nothing is known. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

export type ApiErrorBody = { error?: { code?: string; message?: string; details?: unknown } };

export function errorOf(response: TransportResponse): { code: string; message: string; details?: unknown } {
  const error = (response.body as ApiErrorBody | null)?.error;
  return { code: error?.code ?? `HTTP_${response.status}`, message: error?.message ?? `HTTP ${response.status}`, details: error?.details };
}
