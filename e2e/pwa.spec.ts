import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the manifest makes Ura installable: name, colours, 192/512 and maskable PNG icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Ura', display: 'standalone', theme_color: '#0b5d4b' });
  const sizes = manifest.icons.map((i) => `${i.sizes}:${i.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [w, h] = icon.sizes.split('x').map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
  }
});

test('every language works offline: all locales are precached', async ({ readyPage: page, setup, context }) => {
  await context.setOffline(true);
  for (const lng of ['mk', 'sr-Cyrl', 'cnr', 'sq', 'sr-Latn']) {
    await setup.chooseLanguage(lng);
    const common = JSON.parse(readFileSync(join(import.meta.dirname, `../locales/${lng}/common.json`), 'utf8')) as { nav: { today: string } };
    await expect(page.getByRole('navigation').getByRole('link', { name: common.nav.today })).toBeVisible();
  }
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Latn');
});
