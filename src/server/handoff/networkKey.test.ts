import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importNetworkKey } from '../../shared/handoff';
import type { NetworkJwk } from '../../shared/handoff/crypto';
import { loadConfig } from '../config';
import { networkKey, networkKeyPath } from './networkKey';

describe('network hand-off key', () => {
  it('is made once next to the SQLite database, readable by the owner only, and read back the same', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ura-key-'));
    try {
      const config = loadConfig({ SQLITE_PATH: join(dir, 'ura.sqlite') });
      const path = networkKeyPath(config)!;
      expect(path).toBe(join(dir, 'handoff-key.json'));
      const [one, two] = await Promise.all([networkKey(config), networkKey(config)]);
      expect(one.keyId).toBe(two.keyId);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      const again = await importNetworkKey(JSON.parse(await readFile(path, 'utf8')) as NetworkJwk);
      expect(again.publicKey).toBe(one.publicKey);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps the key of an in-memory database in memory', () => {
    expect(networkKeyPath(loadConfig({ SQLITE_PATH: ':memory:' }))).toBeNull();
  });

  it('uses HANDOFF_KEY_FILE when set, with any database (PostgreSQL instances share one file)', () => {
    expect(networkKeyPath(loadConfig({ DATABASE_URL: 'postgres://x@localhost/ura', HANDOFF_KEY_FILE: '/etc/ura/key.json' }))).toBe('/etc/ura/key.json');
    expect(networkKeyPath(loadConfig({ DATABASE_URL: 'postgres://x@localhost/ura' }))).toBe(join('data', 'handoff-key.json'));
    expect(networkKeyPath(loadConfig({ HANDOFF_KEY_FILE: ':memory:' }))).toBeNull();
  });
});
