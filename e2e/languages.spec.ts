import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { navigateInApp, reloadUnlocked } from './support/unlock';

const LANGUAGES = ['sq', 'mk', 'sr-Latn', 'sr-Cyrl', 'cnr', 'en'];
const SCREENS = ['/', '/sessions/new', '/settings'];

/** Every English key ("form.title", "today.sessionCount"): i18next shows the key when text is missing. */
function allKeys(): string[] {
  const dir = join(import.meta.dirname, '../locales/en');
  const keys: string[] = [];
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') keys.push(key.replace(/_(one|few|other)$/, ''));
      else walk(v as Record<string, unknown>, key);
    }
  };
  for (const f of readdirSync(dir)) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>, '');
  return keys.filter((k) => k.includes('.'));
}

test('every screen in every language shows text, never a missing key', async ({ readyPage: page, setup }) => {
  const keys = allKeys();
  for (const lng of LANGUAGES) {
    await setup.chooseLanguage(lng);
    for (const path of SCREENS) {
      await navigateInApp(page, path);
      await page.locator('h1').waitFor();
      const text = await page.locator('body').innerText();
      const leaked = keys.filter((k) => text.includes(k));
      expect(leaked, `${lng} ${path}`).toEqual([]);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe(lng);
  }
});

test('the chosen language sticks after a reload, and e-service names follow it', async ({ readyPage: page, setup }) => {
  await setup.chooseLanguage('sr-Cyrl');
  await navigateInApp(page, '/sessions/new');
  await reloadUnlocked(page);
  const cyrillic = JSON.parse(readFileSync(join(import.meta.dirname, '../locales/sr-Cyrl/session.json'), 'utf8')) as { form: { title: string } };
  await expect(page.locator('h1')).toHaveText(cyrillic.form.title);
  const firstService = page.locator('.service-option').first();
  await expect(firstService).toHaveText(/[\u0400-\u04FF]/);
});
