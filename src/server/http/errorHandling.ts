import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../../shared/sync/protocol';
import { HttpError } from './httpError';

/** Fastify's and the plugins' own error codes, in the API's words. */
const KNOWN_CODES: Record<string, { code: string; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'BODY_TOO_LARGE', message: 'The request body is too large; send a smaller batch' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is empty' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', message: 'Content-Length does not match the body' },
  FST_CP_ERR_INVALID_CONTENT_ENCODING: { code: 'UNSUPPORTED_CONTENT_ENCODING', message: 'Use gzip, deflate or br' },
  FST_CP_ERR_INVALID_CONTENT: { code: 'MALFORMED_BODY', message: 'The compressed body could not be decompressed' },
  FST_ERR_BAD_URL: { code: 'BAD_URL', message: 'The URL is not valid' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'BAD_URL', message: 'The URL is too long' },
};

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  413: 'BODY_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

export function errorBody(code: string, message: string, details?: unknown): ApiError {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

/** Every error leaves as `{ error: { code, message, details? } }`; a 5xx never carries internals. */
export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof HttpError) {
    if (error.headers) void reply.headers(error.headers);
    return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.details));
  }
  const e = error as Partial<FastifyError>;
  const status = typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 600 ? e.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    const isUnavailable = status === 503;
    return reply
      .code(status)
      .send(
        errorBody(
          isUnavailable ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR',
          isUnavailable ? 'The server is not available; retry later' : 'The server failed; nothing was saved, retry later',
        ),
      );
  }
  const known = e.code === undefined ? undefined : KNOWN_CODES[e.code];
  const code = known?.code ?? STATUS_CODES[status] ?? 'BAD_REQUEST';
  return reply.code(status).send(errorBody(code, known?.message ?? e.message ?? 'Bad request'));
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
}

/** The 404 answer; the PWA's SPA fallback (pwa.ts) answers page URLs before it gets here. */
export function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(404).send(errorBody('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0] ?? ''}`.slice(0, 300)));
}
