import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, prepareTablet, test, waitForOfflineReady } from './fixtures';
import { SessionFormPage } from './pages/SessionFormPage';
import { TabletAuthPage } from './pages/TabletAuthPage';
import { TodayPage } from './pages/TodayPage';
import { KillableBrowser } from './support/killableBrowser';
import { enrolmentCode } from './support/network';
import { syncBadge } from './support/sessions';

// Sensitive groups at rest (issue #6): while the app is locked, the Roma and disability values of stored
// sessions (and of drafts, the outbox and what the tablet pulled) are not in the browser's profile files.
// The group codes are what the app stores; no catalogue name or other stored data contains them.
const SENSITIVE = ['roma_egyptian', 'disability'];
// The app's own code names every group; these folders hold code (the service worker's precache, V8's code
// cache, the HTTP cache of the code it fetched), never data: /api answers are `no-store`.
const CODE_FOLDERS = ['Service Worker', 'Code Cache', 'GPUCache', 'Cache', 'GrShaderCache', 'ShaderCache', 'DawnGraphiteCache', 'DawnWebGPUCache'];

/** Every file of the profile except the code caches, with the ones that contain `needle` (as Latin-1 or UTF-16). */
function filesHolding(profileDir: string, needle: string): { scanned: number; hits: string[] } {
  const patterns = [Buffer.from(needle, 'latin1'), Buffer.from(needle, 'utf16le')];
  const hits: string[] = [];
  let scanned = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (stat?.isDirectory()) {
        if (!CODE_FOLDERS.includes(name)) walk(path);
        continue;
      }
      if (!stat?.isFile()) continue; // the singleton socket and lock links
      scanned += 1;
      const bytes = readFileSync(path);
      if (patterns.some((p) => bytes.includes(p))) hits.push(relative(profileDir, path));
    }
  };
  walk(profileDir);
  return { scanned, hits };
}

async function logSession(page: Page, groups: string[], notes: string): Promise<void> {
  const form = new SessionFormPage(page);
  await form.open();
  await form.fill({ services: [{ search: 'birth', name: /birth certificate/i }], minutes: '10 min', gender: 'Woman', age: '65 and over', groups, firstVisit: 'Yes', notes });
  await form.saveAndWaitForSaved();
}

test('a locked tablet keeps no Roma or disability value readable in its profile files', async ({ baseURL, tablet, request }) => {
  test.setTimeout(180_000);
  const profileDir = mkdtempSync(join(tmpdir(), 'ura-e2e-at-rest-'));
  const { launchOptions } = test.info().project.use;
  const launch = () => KillableBrowser.launch(profileDir, { baseURL: baseURL!, launchOptions });
  const marker = `control-note-${Date.now().toString(36)}`;
  let browser: KillableBrowser | null = await launch();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await prepareTablet(page, await enrolmentCode(request, tablet.adminAuth, tablet.centre.id), tablet.volunteer, tablet.pin);
    await waitForOfflineReady(page);
    // Sessions with each sensitive group, one synced (outbox, sent log, pulled copy) and one still pending.
    await logSession(page, ['Roma / Egyptian', 'Person with disability'], `${marker} synced`);
    await expect(syncBadge(page)).toHaveText('All synced', { timeout: 30_000 });
    await browser.context.setOffline(true);
    await logSession(page, ['Person with disability'], `${marker} pending`);
    // A draft with a sensitive group, not saved.
    const form = new SessionFormPage(page);
    await form.open();
    await form.fill({ services: [], groups: ['Roma / Egyptian'], notes: `${marker} draft` });
    await new TabletAuthPage(page).lock();
    await new TabletAuthPage(page).lockHeading.waitFor();
    await expect(page.getByRole('list', { name: 'People who have signed in on this tablet' })).toBeVisible();

    // Locked and running; then closed (every file flushed).
    const running = browser;
    for (const moment of ['locked, running', 'closed']) {
      if (moment === 'closed') {
        browser = null;
        await running.context.close();
      }
      const control = filesHolding(profileDir, marker);
      expect(control.hits.length, `${moment}: the scan reads the files that hold the sessions`).toBeGreaterThan(0);
      for (const value of SENSITIVE) expect(filesHolding(profileDir, value).hits, `${moment}: ${value}`).toEqual([]);
    }

    // Nothing was lost: after a restart the volunteer's PIN opens the groups again.
    browser = await launch();
    const again = browser.context.pages()[0] ?? (await browser.context.newPage());
    await again.goto('/');
    const auth = new TabletAuthPage(again);
    await auth.choosePerson(tablet.volunteer.displayName);
    await auth.enterPin(tablet.pin);
    const today = new TodayPage(again);
    const boxes = again.getByRole('group', { name: 'Groups (optional)' });
    const seen: string[] = [];
    for (const n of [0, 1]) {
      await today.open();
      await expect(today.sessions).toHaveCount(2);
      await today.sessions.nth(n).getByRole('button', { name: /^Edit the session/ }).click();
      await expect(again.getByLabel('Notes (optional)')).toHaveValue(new RegExp(marker));
      const notes = await again.getByLabel('Notes (optional)').inputValue();
      const checked = await Promise.all(['Roma / Egyptian', 'Person with disability'].map((name) => boxes.getByRole('checkbox', { name }).isChecked()));
      seen.push(`${notes.replace(`${marker} `, '')}: ${checked.join(',')}`);
    }
    expect(seen.sort()).toEqual(['pending: false,true', 'synced: true,true']);
  } finally {
    await browser?.context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
  }
});
