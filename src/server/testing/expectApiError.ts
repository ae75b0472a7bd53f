import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** Asserts the one error shape `{ error: { code, message, details? } }` with the given status and code. */
export function expectApiError(res: LightMyRequestResponse, status: number, code: string): { code: string; message: string; details?: unknown } {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json<{ error: { code: string; message: string; details?: unknown } }>();
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).filter((k) => k !== 'details')).toEqual(['code', 'message']);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}
