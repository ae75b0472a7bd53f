import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/** The few places SQLite and PostgreSQL differ; everything else is the same Kysely code. */
export type DialectName = 'sqlite' | 'postgres';

/** Column type for JSON documents: jsonb on PostgreSQL (for report queries later), text on SQLite. */
export function jsonColumnType(dialect: DialectName): 'jsonb' | 'text' {
  return dialect === 'postgres' ? 'jsonb' : 'text';
}

/** Both drivers take JSON as text; pg would turn a bare JS array into a PostgreSQL array literal. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Both dialects hand JSON back as text (database.ts tells pg not to parse jsonb). */
export function fromJson<T>(value: unknown): T {
  if (typeof value !== 'string') throw new TypeError(`Expected a JSON column as text, got ${typeof value}`);
  return JSON.parse(value) as T;
}

// Namespace of Ura's advisory locks, so they never collide with another application's on the same database.
const LOCK_NAMESPACE = 0x55524100;

/**
 * Serialises writers of one scope until the transaction ends. On PostgreSQL several server instances
 * write at once; holding this lock while change_seq is assigned and until commit makes rows visible in
 * change_seq order, so a pull can never pass a row that commits later. SQLite has one writer anyway.
 */
export async function lockScope(trx: Kysely<Database>, dialect: DialectName, scope: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext(${scope}))`.execute(trx);
}
