import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statementCache';

describe('withStatementCache', () => {
  let sqlite: BetterSqlite3.Database | undefined;
  afterEach(() => {
    if (sqlite?.open) sqlite.close();
  });

  function open(size?: number) {
    sqlite = new BetterSqlite3(':memory:');
    sqlite.exec('create table t (n integer)');
    sqlite.exec('insert into t values (1), (2), (3)');
    return withStatementCache(sqlite, size);
  }

  it('prepares a SQL text once and hands out the same statement again', () => {
    const db = open();
    const first = db.prepare('select n from t');
    expect(db.prepare('select n from t')).toBe(first);
    expect(first.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('prepares a fresh statement while the cached one is still iterating', () => {
    const db = open();
    const iterating = db.prepare('select n from t where n > ?');
    const rows = iterating.iterate([0]);
    rows.next();
    const other = db.prepare('select n from t where n > ?');
    expect(other).not.toBe(iterating);
    expect(other.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    rows.return?.();
    expect(db.prepare('select n from t where n > ?')).toBe(iterating);
  });

  it('keeps at most `size` statements, dropping the least recently used', () => {
    const db = open(2);
    const a = db.prepare('select 1');
    const b = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a);
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
  });

  it('closes the database', () => {
    const db = open();
    db.close();
    expect(sqlite?.open).toBe(false);
  });
});
