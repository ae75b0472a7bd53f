import { chmodSync, writeFileSync } from 'node:fs';
import { uuidv7 } from '../../shared/ids';
import { AUTH_LIMITS } from '../../shared/auth/roles';
import type { Store } from '../store/types';
import { hashCode, newCode } from './tokens';

/**
 * First start with no admin: a one-time setup code (16 characters, ~79 bits) valid
 * AUTH_LIMITS.setupCodeHours, printed once to the console (never to the log) with the address of the
 * setup page. Only its hash is stored. No default password exists anywhere. With `codeFile`
 * (SETUP_CODE_FILE) the code is also written there, readable by the server's user only, for automation.
 */
export async function ensureSetupCode(store: Store, now: Date, url: string, print: (text: string) => void, codeFile?: string): Promise<boolean> {
  if ((await store.users.countAdmins()) > 0) return false;
  const code = newCode(16);
  await store.codes.add('setup', {
    id: uuidv7(),
    codeHash: hashCode(code),
    expiresAt: new Date(now.getTime() + AUTH_LIMITS.setupCodeHours * 3_600_000).toISOString(),
    createdBy: null,
    createdAt: now.toISOString(),
    payload: {},
  });
  if (codeFile) writeSecretFile(codeFile, `${code}\n`);
  print(setupBox(code, `${url}/setup`));
  return true;
}

/** Mode 0600, also when the file already existed with looser permissions (writeFile's mode applies only on create). */
function writeSecretFile(path: string, text: string): void {
  writeFileSync(path, '', { mode: 0o600 });
  chmodSync(path, 0o600);
  writeFileSync(path, text);
}

export function setupBox(code: string, setupUrl: string): string {
  const lines = [
    'Ura has no admin yet. Create the first one:',
    '',
    `  1. Open ${setupUrl}`,
    `  2. Enter this one-time setup code: ${code}`,
    '',
    `The code works once and expires in ${AUTH_LIMITS.setupCodeHours} hours; restart the server for a new one.`,
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const bar = `+${'-'.repeat(width + 2)}+`;
  return `\n${bar}\n${lines.map((l) => `| ${l.padEnd(width)} |`).join('\n')}\n${bar}\n\n`;
}

/** What to print for a listening address: a wildcard host becomes localhost. */
export function setupBaseUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}
