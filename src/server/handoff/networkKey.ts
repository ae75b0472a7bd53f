import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateNetworkKey, importNetworkKey, type NetworkKey } from '../../shared/handoff';
import type { NetworkJwk } from '../../shared/handoff/crypto';
import type { ServerConfig } from '../config';

/*
 * The network's hand-off key pair (ECDH P-256). The private key is a JWK file, mode 0600, made at the
 * first use: next to the SQLite database (`<dir of SQLITE_PATH>/handoff-key.json`), or with PostgreSQL
 * in `./data/handoff-key.json`, unless HANDOFF_KEY_FILE names another file; every instance of a network must have the same file (copy or mount it),
 * and backups must include it, or files made for the old key can no longer be imported.
 * A `:memory:` database keeps its key in memory too.
 */

export const HANDOFF_KEY_FILE = 'handoff-key.json';

export function networkKeyPath(config: ServerConfig): string | null {
  if (config.handoffKeyFile) return config.handoffKeyFile === ':memory:' ? null : config.handoffKeyFile;
  if (config.database.kind === 'postgres') return join('data', HANDOFF_KEY_FILE);
  if (config.database.path === ':memory:') return null;
  return join(dirname(config.database.path), HANDOFF_KEY_FILE);
}

const loaded = new Map<string, Promise<NetworkKey>>();

/** The network key, made once per key file (and per process for an in-memory one). */
export function networkKey(config: ServerConfig): Promise<NetworkKey> {
  const path = networkKeyPath(config) ?? ':memory:';
  let key = loaded.get(path);
  if (!key) {
    key = path === ':memory:' ? generateNetworkKey().then((k) => k.key) : loadOrCreate(path);
    loaded.set(path, key);
    key.catch(() => loaded.delete(path));
  }
  return key;
}

async function loadOrCreate(path: string): Promise<NetworkKey> {
  try {
    return await importNetworkKey(JSON.parse(await readFile(path, 'utf8')) as NetworkJwk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`The hand-off key ${path} cannot be read: ${(error as Error).message}`);
  }
  const { privateJwk } = await generateNetworkKey();
  await mkdir(dirname(path), { recursive: true });
  // Written aside, then linked into place: two instances starting together end up with one key.
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, JSON.stringify(privateJwk), { mode: 0o600 });
  try {
    await link(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temp);
  }
  return importNetworkKey(JSON.parse(await readFile(path, 'utf8')) as NetworkJwk);
}
