import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';

describe('openDatabase on a SQLite file', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('writes ahead (WAL) and syncs the WAL at every commit, so an answered push survives a power cut', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ura-db-'));
    dirs.push(dir);
    const { db } = await openDatabase({ kind: 'sqlite', path: join(dir, 'ura.sqlite') });
    try {
      const pragma = async (name: string): Promise<unknown> => {
        const { rows } = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db);
        return Object.values(rows[0] ?? {})[0];
      };
      await expect(pragma('journal_mode')).resolves.toBe('wal');
      // 2 = FULL; NORMAL (1) syncs only at checkpoints and may lose the last commits on an OS crash.
      await expect(pragma('synchronous')).resolves.toBe(2);
      await expect(pragma('foreign_keys')).resolves.toBe(1);
    } finally {
      await db.destroy();
    }
  });
});
