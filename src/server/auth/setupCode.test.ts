import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { hashCode } from './tokens';
import { openTestStore } from '../testing/testEnv';
import { ensureSetupCode } from './setupCode';

describe('SETUP_CODE_FILE', () => {
  it('is read from the environment, unset by default', () => {
    expect(loadConfig({}).setupCodeFile).toBeUndefined();
    expect(loadConfig({ SETUP_CODE_FILE: '/tmp/x' }).setupCodeFile).toBe('/tmp/x');
  });

  it('receives the printed code, readable by the owner only, even over a looser existing file', async () => {
    const { store, close } = await openTestStore('sqlite');
    const file = join(mkdtempSync(join(tmpdir(), 'ura-setup-')), 'setup-code');
    writeFileSync(file, 'old', { mode: 0o644 });
    let printed = '';
    expect(await ensureSetupCode(store, new Date(), 'http://localhost:8080', (t) => (printed += t), file)).toBe(true);
    const code = readFileSync(file, 'utf8').trim();
    expect(printed).toContain(code);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const consumed = await store.codes.consume('setup', hashCode(code), new Date().toISOString(), () => Promise.resolve());
    expect(consumed).toBeTruthy();
    await close();
  });
});
