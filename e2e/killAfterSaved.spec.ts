import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, prepareTablet, test, waitForOfflineReady, type Tablet } from './fixtures';
import { SessionFormPage } from './pages/SessionFormPage';
import { TabletAuthPage } from './pages/TabletAuthPage';
import { storedSessions } from './support/deviceSessions';
import { KillableBrowser } from './support/killableBrowser';
import { enrolmentCode } from './support/network';

// Kill after "Saved" (issue #6, DESIGN.md §4): "Saved" is shown only once the session's transaction is
// durable, so a browser killed with SIGKILL the moment it appears must find the session after a restart.
// E2E_KILL_RUNS sets the number of kills (default: the 200). They are shared among E2E_KILL_LANES
// tablets (default 2) killed side by side, each with one profile on disk reused run after run (a Chromium
// start is partly waiting, so a second lane saves some time even on two cores). The time limit is generous
// (20 s a kill per lane): on a loaded machine a kill cycle takes several seconds.
const RUNS = Number(process.env.E2E_KILL_RUNS ?? 200);
const LANES = Math.max(1, Math.min(RUNS, Number(process.env.E2E_KILL_LANES ?? 2)));
const note = (lane: number, run: number) => `kill lane ${lane} run ${run}`;

/**
 * Every session this lane saved before a kill is on disk, once. (The lanes' tablets belong to one centre,
 * so a tablet also holds what the others' synced and it pulled.)
 */
async function expectEveryRunKept(page: Page, lane: number, runs: number): Promise<void> {
  const mine = (await storedSessions(page)).map((s) => s.notes ?? '').filter((n) => n.startsWith(`kill lane ${lane} `));
  expect(mine, `lane ${lane}: sessions after ${runs} kills`).toHaveLength(runs);
  expect(new Set(mine)).toEqual(new Set(Array.from({ length: runs }, (_, run) => note(lane, run))));
}

async function firstPage(browser: KillableBrowser): Promise<Page> {
  return browser.context.pages()[0] ?? (await browser.context.newPage());
}

/**
 * After a restart the app opens locked (the data key lived in memory): the same volunteer's PIN, or,
 * once the idle time has run out, their name and then the PIN.
 */
async function openUnlocked(page: Page, path: string, heading: string, tablet: Tablet): Promise<void> {
  await page.goto(path);
  const auth = new TabletAuthPage(page);
  await auth.lockHeading.waitFor();
  if (!(await page.getByLabel('Your PIN').isVisible())) await auth.choosePerson(tablet.volunteer.displayName);
  await auth.enterPin(tablet.pin);
  await page.getByRole('heading', { name: heading }).waitFor();
}

type Lane = {
  lane: number;
  runs: number;
  enrolmentCode: string;
  tablet: Tablet;
  launch: (profileDir: string) => Promise<KillableBrowser>;
};

/** One tablet: enrolled once, then `runs` times: start the browser, check, log a session, kill at "Saved". */
async function killLane({ lane, runs, enrolmentCode: code, tablet, launch }: Lane): Promise<void> {
  const profileDir = mkdtempSync(join(tmpdir(), `ura-e2e-kill-${lane}-`));
  let browser: KillableBrowser | null = null; // the one running now, closed if a step fails
  try {
    const first = (browser = await launch(profileDir));
    const setupPage = await firstPage(first);
    await prepareTablet(setupPage, code, tablet.volunteer, tablet.pin);
    await waitForOfflineReady(setupPage);
    await first.context.close();

    for (let run = 0; run < runs; run++) {
      browser = await launch(profileDir);
      const page = await firstPage(browser);
      // Straight to the form (from the service worker's cache): the app has opened its database by then.
      await openUnlocked(page, '/sessions/new', 'New session', tablet);
      await expectEveryRunKept(page, lane, run);
      await new SessionFormPage(page).fill({
        services: [{ search: 'birth', name: /birth certificate/i }],
        minutes: '10 min',
        gender: run % 2 === 0 ? 'Woman' : 'Man',
        age: '65 and over',
        firstVisit: 'Yes',
        notes: note(lane, run),
      });
      await new SessionFormPage(page).saveAndWaitForSaved();
      await browser.kill();
      browser = null;
      if ((run + 1) % 25 === 0)
        console.log(`[killAfterSaved] lane ${lane}: ${run + 1} of ${runs} kills, every session kept so far`);
    }

    const last = (browser = await launch(profileDir));
    const page = await firstPage(last);
    await openUnlocked(page, '/', 'Today', tablet);
    await expectEveryRunKept(page, lane, runs);
    await last.context.close();
    browser = null;
  } finally {
    await browser?.context.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

test(`a browser killed with SIGKILL right after "Saved" keeps the session (${RUNS} runs)`, async ({
  baseURL,
  tablet,
  request,
}) => {
  expect(RUNS).toBeGreaterThan(0);
  test.setTimeout(120_000 + Math.ceil(RUNS / LANES) * 20_000);
  const { launchOptions } = test.info().project.use;
  const launch = (profileDir: string) => KillableBrowser.launch(profileDir, { baseURL: baseURL!, launchOptions });
  const started = Date.now();
  const share = (lane: number) => Math.floor(RUNS / LANES) + (lane < RUNS % LANES ? 1 : 0);
  // allSettled: a failing lane does not leave the others running after the test has ended.
  const codes = await Promise.all(
    Array.from({ length: LANES }, () => enrolmentCode(request, tablet.adminAuth, tablet.centre.id)),
  );
  const lanes = await Promise.allSettled(
    codes.map((code, lane) => killLane({ lane, runs: share(lane), enrolmentCode: code, tablet, launch })),
  );
  for (const lane of lanes) if (lane.status === 'rejected') throw lane.reason;
  const seconds = (Date.now() - started) / 1000;
  const timing = `${RUNS} kills (${LANES} lanes) in ${seconds.toFixed(0)} s, ${((seconds * 1000) / RUNS).toFixed(0)} ms a kill`;
  console.log(`[killAfterSaved] ${timing}`);
  test.info().annotations.push({ type: 'timing', description: timing });
});
