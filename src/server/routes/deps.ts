import type { z } from 'zod';
import type { ServerConfig } from '../config';
import { invalidRequest } from '../http/httpError';
import type { Store } from '../store/types';

/** What every route module gets from buildApp. */
export type RouteDeps = { store: Store; config: ServerConfig; now: () => Date };

/** Validates a body with a shared zod schema; unknown fields are rejected by the strict schemas. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw invalidRequest(result.error);
  return result.data;
}

/** Validates a query string with a shared zod schema (strict: unknown parameters are rejected). */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown, what = 'query'): z.output<S> {
  const result = schema.safeParse(query);
  if (!result.success) throw invalidRequest(result.error, what);
  return result.data;
}

/** serverTime and serverEpoch, which every sync response carries (DESIGN.md §5). */
export function stamp(deps: RouteDeps): { serverTime: string; serverEpoch: string } {
  return { serverTime: deps.now().toISOString(), serverEpoch: deps.store.serverEpoch() };
}
