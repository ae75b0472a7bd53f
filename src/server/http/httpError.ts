import type { ZodError } from 'zod';

/** An error with a status and a stable code; the error handler turns it into `{ error: { code, message, details? } }`. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Response headers that belong to the error (Retry-After on 429). */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** The issues of a rejected body, without echoing the input back. */
export function invalidRequest(error: ZodError, what = 'request body'): HttpError {
  const issues = error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
  const first = issues[0];
  const hint = first ? ` (${first.path || 'body'}: ${first.message})` : '';
  return new HttpError(400, 'INVALID_REQUEST', `The ${what} is not valid${hint}`, { issues });
}
