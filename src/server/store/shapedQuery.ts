import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { DialectName } from './dialect';
import type { Database } from './schema';

/**
 * The push and pull hot path builds its SQL once per shape: the first query of a shape (a name and a
 * row or id count) is built and compiled by Kysely; later ones run that SQL text with their own
 * parameters, skipping Kysely's builder and compiler (a 200-row INSERT has 2,800 value nodes). The
 * caller lists the parameters in order; the first run checks them against Kysely's own, so a wrong
 * order fails at once (every test runs each shape), never quietly. Row and id counts are powers of two
 * (sizedParts, paddedIds), so there are few shapes: the SQL texts and SQLite's prepared statements of
 * them (statementCache.ts) stay small.
 */
const SQL_BY_SHAPE = new Map<string, string>();
const MAX_SHAPES = 500;

/**
 * PostgreSQL names the shapes' statements (database.ts runs them as named prepared statements), so each
 * connection parses and plans one once, not at every push: a 128-row INSERT saves about a millisecond.
 */
const STATEMENT_NAMES = new Map<string, string>();

/** The prepared statement name of a shape's PostgreSQL SQL text; undefined for any other SQL. */
export function statementNameOf(sql: string): string | undefined {
  return STATEMENT_NAMES.get(sql);
}

export async function runShaped<R>(
  db: Kysely<Database>,
  dialect: DialectName,
  shape: string,
  parameters: readonly unknown[],
  build: () => Compilable<R>,
): Promise<R[]> {
  const key = `${dialect}:${shape}`;
  let sql = SQL_BY_SHAPE.get(key);
  if (sql === undefined) {
    const compiled = build().compile();
    assertSameParameters(shape, compiled.parameters, parameters);
    sql = compiled.sql;
    if (SQL_BY_SHAPE.size < MAX_SHAPES) {
      SQL_BY_SHAPE.set(key, sql);
      if (dialect === 'postgres' && !STATEMENT_NAMES.has(sql)) STATEMENT_NAMES.set(sql, `ura_shape_${STATEMENT_NAMES.size + 1}`);
    }
  }
  const result = await db.executeQuery<R>(CompiledQuery.raw(sql, parameters as unknown[]));
  return result.rows;
}

function assertSameParameters(shape: string, expected: readonly unknown[], given: readonly unknown[]): void {
  const same = expected.length === given.length && expected.every((value, i) => Object.is(value, given[i]));
  if (!same) throw new Error(`Query shape ${shape}: its parameters are not in the order Kysely compiles them`);
}

/** The most rows or ids one statement takes: 14 session columns × 256 stays far below both databases' limits. */
export const MAX_PART = 256;

/** `items` in parts whose sizes are powers of two, largest first (200 → 128, 64, 8): a few shapes only. */
export function* sizedParts<T>(items: readonly T[]): Generator<T[]> {
  let start = 0;
  while (start < items.length) {
    let size = MAX_PART;
    while (size > items.length - start) size >>= 1;
    yield items.slice(start, start + size);
    start += size;
  }
}

/** Distinct `ids` in lists whose lengths are powers of two, padded by repeating an id (harmless in `IN`). */
export function* paddedIds(ids: readonly string[]): Generator<string[]> {
  const distinct = [...new Set(ids)];
  for (let start = 0; start < distinct.length; start += MAX_PART) {
    const part = distinct.slice(start, start + MAX_PART);
    let size = 1;
    while (size < part.length) size <<= 1;
    const first = part[0] as string;
    while (part.length < size) part.push(first);
    yield part;
  }
}

/** A row's values in `columns` order, for a multi-row INSERT's parameters. */
export function rowParameters<Row extends object>(rows: readonly Row[], columns: readonly (keyof Row)[]): unknown[] {
  const parameters: unknown[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const value = row[column];
      // Kysely leaves an undefined value out of the row, which would change the statement's shape.
      if (value === undefined) throw new Error(`Column ${String(column)} has no value`);
      parameters.push(value);
    }
  }
  return parameters;
}
