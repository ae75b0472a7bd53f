// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from './languages';
import { setUpI18n } from './setup';

// The screens a restarted tablet shows first: the lock screen and PIN, Today, the session form, their banners.
const FIRST_SCREENS = ['auth', 'today', 'shell', 'language', 'sessionForm', 'update'].map((dir) =>
  join(__dirname, '../features', dir),
);

/** Every namespace named in a useTranslation(...) call of the .tsx files in `dir` (tests aside). */
function namespacesUsedIn(dir: string): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx') && !f.includes('.test.'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const call of source.matchAll(/useTranslation\(([^)]*)\)/g)) {
      for (const [, ns] of (call[1] ?? '').matchAll(/'([^']+)'/g)) used.set(ns as string, file);
    }
  }
  return used;
}

describe('texts of the first screens', () => {
  it('are all in the namespaces loaded at start (a namespace loaded on first use suspends the screen and React holds it back up to 300 ms)', () => {
    const missing = FIRST_SCREENS.flatMap((dir) =>
      [...namespacesUsedIn(dir)]
        .filter(([ns]) => !(NAMESPACES as readonly string[]).includes(ns))
        .map(([ns, file]) => `${file}: '${ns}'`),
    );
    expect(missing).toEqual([]);
  });

  it('finds the calls it checks (the scan is not empty)', () => {
    expect(namespacesUsedIn(FIRST_SCREENS[0] as string).has('auth')).toBe(true);
  });

  it('are loaded before the first render', async () => {
    await setUpI18n('mk');
    for (const ns of NAMESPACES) expect(i18next.hasLoadedNamespace(ns, { lng: 'mk' }), ns).toBe(true);
  });
});
