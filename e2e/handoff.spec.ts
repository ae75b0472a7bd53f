import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { enrolTablet, expect, test } from './fixtures';
import { signInToConsole } from './pages/console/consoleFixtures';
import { TabletAuthPage } from './pages/TabletAuthPage';
import { enrolmentCode } from './support/network';
import { logSessions, syncBadge } from './support/sessions';

// Hand-off without internet (issue 6): real Chromium tablets, the production build and the real server.

const PASSPHRASE = 'shkoder river 2026';


/** Settings → the hand-off screen (in-app navigation: it works offline). */
async function openHandoff(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Export or import pending sessions as a file' }).click();
  await page.getByRole('heading', { name: 'Hand-off file', exact: true }).waitFor();
}

async function saveFile(page: Page, outputPath: (name: string) => string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ura-handoff-adisa-shkoder-\d{4}-\d{2}-\d{2}\.ura\.json$/);
  const path = outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function syncNow(page: Page): Promise<void> {
  await syncBadge(page).click();
  await page.getByRole('heading', { name: 'Sync' }).waitFor();
  await page.getByRole('button', { name: 'Sync now' }).click();
}

/** Sessions of the centre on the server, and how many distinct ids (read-only, next to the running server). */
function serverSessions(centreId: string): { sessions: number; distinct: number } {
  const db = new Database(join(process.env.E2E_DATA_DIR!, 'ura.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('select count(*) as sessions, count(distinct id) as d from sessions where centre_id = ?').get(centreId) as { sessions: number; d: number };
    return { sessions: row.sessions, distinct: row.d };
  } finally {
    db.close();
  }
}

test('a tablet offline hands its sessions to another tablet with a passphrase; importing twice adds nothing', async ({ readyPage: pageA, context: contextA, tablet, browser, baseURL, request }, testInfo) => {
  test.setTimeout(180_000);
  await contextA.setOffline(true);
  await logSessions(pageA, 2);
  await openHandoff(pageA);
  await expect(pageA.getByText('2 changes wait for the server.')).toBeVisible();
  await pageA.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await pageA.getByLabel('Passphrase again').fill(PASSPHRASE);
  const file = await saveFile(pageA, (name) => testInfo.outputPath(name));
  await expect(pageA.getByRole('status').filter({ hasText: '2 changes saved in ura-handoff-' })).toBeVisible();
  expect(readFileSync(file, 'utf8')).not.toContain('birth');

  // Tablet B: same centre, the same volunteer signs in on it.
  const contextB = await browser.newContext({ baseURL: baseURL!, serviceWorkers: 'allow' });
  try {
    const pageB = await contextB.newPage();
    const authB = new TabletAuthPage(pageB);
    await enrolTablet(authB, await enrolmentCode(request, tablet.adminAuth, tablet.centre.id));
    await authB.signIn(tablet.volunteer.login, tablet.volunteer.password);
    await authB.setPin(tablet.pin);
    await authB.todayHeading.waitFor();
    await openHandoff(pageB);

    await pageB.getByLabel('Hand-off file', { exact: true }).setInputFiles(file);
    await pageB.getByLabel('Passphrase of the file').fill('not the passphrase');
    await pageB.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(pageB.getByRole('alert').filter({ hasText: 'The passphrase is wrong.' })).toBeVisible();

    await pageB.getByLabel('Passphrase of the file').fill(PASSPHRASE);
    await pageB.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(pageB.getByRole('status').filter({ hasText: '2 changes added' })).toBeVisible({ timeout: 30_000 });
    await pageB.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(pageB.getByRole('status').filter({ hasText: '0 changes added' })).toContainText('2 were already on this tablet', { timeout: 30_000 });

    await syncNow(pageB);
    await expect(syncBadge(pageB)).toHaveText('All synced', { timeout: 30_000 });
    expect(serverSessions(tablet.centre.id)).toEqual({ sessions: 2, distinct: 2 });
  } finally {
    await contextB.close();
  }
});

test('a file only the server can read, imported in the console, then the tablet syncs: each session once', async ({ readyPage: pageA, context: contextA, tablet, browser, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  // Online once on the hand-off screen: the tablet keeps the network's public key for later.
  const keyFetched = pageA.waitForResponse((r) => r.url().endsWith('/api/sync/v1/handoff-key') && r.ok());
  await openHandoff(pageA);
  await keyFetched;
  await contextA.setOffline(true);
  await logSessions(pageA, 2);
  await openHandoff(pageA);
  await pageA.getByRole('radio', { name: 'Only the server can read it' }).check();
  const file = await saveFile(pageA, (name) => testInfo.outputPath(name));

  const admin = JSON.parse(readFileSync(join(process.env.E2E_DATA_DIR!, 'console-admin.json'), 'utf8')) as { login: string; password: string };
  const contextC = await browser.newContext({ baseURL: baseURL! });
  try {
    const consolePage = await contextC.newPage();
    await signInToConsole(consolePage, admin);
    await consolePage.getByRole('navigation', { name: 'Console menu' }).getByRole('link', { name: 'Hand-off files' }).click();
    await consolePage.getByRole('heading', { name: 'Import a hand-off file' }).waitFor();
    await consolePage.getByLabel('Hand-off file', { exact: true }).setInputFiles(file);
    await consolePage.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(consolePage.getByRole('status')).toContainText('2 changes added.', { timeout: 30_000 });
    await consolePage.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(consolePage.getByRole('status')).toContainText('2 were already on the server.', { timeout: 30_000 });
  } finally {
    await contextC.close();
  }
  expect(serverSessions(tablet.centre.id)).toEqual({ sessions: 2, distinct: 2 });

  // The tablet comes back: its own push of the same mutations is answered from the ledger.
  await contextA.setOffline(false);
  await syncNow(pageA);
  await expect(syncBadge(pageA)).toHaveText('All synced', { timeout: 30_000 });
  await expect(pageA.getByRole('alert')).toHaveCount(0);
  expect(serverSessions(tablet.centre.id)).toEqual({ sessions: 2, distinct: 2 });
});
