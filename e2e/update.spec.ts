import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Deployer, uniqueBuildId } from './support/deploy';
import { watchPageProblems } from './support/pageProblems';
import { checkForUpdate, ensureControlled } from './support/serviceWorker';
import { appVersion, updateBanner, WAITING_FOR_FORM } from './support/update';
import { whenStatusShown } from './support/textSeen';
import { unlockAfterRestart } from './support/unlock';

// Each test deploys a new build into the folder the server serves; the build the suite started with
// is copied aside first and put back after each test, so later specs see the build they expect.
const deployer = new Deployer();
test.afterEach(async () => deployer.restore());

// A build takes a few seconds; the tests wait for two page loads besides.
test.beforeEach(() => test.setTimeout(180_000));



/** Deploys `buildId`, lets the tablet find it, and waits for the offer. */
async function offerNewVersion(page: Page, buildId: string): Promise<void> {
  await deployer.deploy(buildId);
  await checkForUpdate(page);
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 30_000 })
    .toBe(true);
  await expect(updateBanner(page)).toBeVisible();
  await expect(updateBanner(page).getByRole('button', { name: 'Update' })).toBeVisible();
  await expect(updateBanner(page).getByRole('button', { name: 'Later' })).toBeVisible();
}

test('an update offered while a form is open loses nothing', async ({ readyPage: page, form, today }) => {
  await ensureControlled(page);
  const problems = watchPageProblems(page);
  const oldVersion = await appVersion(page);
  const newVersion = uniqueBuildId('form');
  expect(newVersion).not.toBe(oldVersion);

  await form.open();
  await form.fill({ services: [{ search: 'birth', name: /birth certificate/i }], gender: 'Woman', notes: 'brought her ID card' });

  await offerNewVersion(page, newVersion);
  await updateBanner(page).getByRole('button', { name: 'Update' }).click();
  await expect(page.getByRole('status').filter({ hasText: WAITING_FOR_FORM })).toBeVisible();

  // Not reloaded away: the input is still on screen, and the volunteer goes on with the form.
  const chosen = page.getByRole('list', { name: 'Chosen e-services' }).getByRole('listitem');
  await expect(chosen).toHaveCount(1);
  await expect(chosen.first()).toContainText(/birth certificate/i);
  await expect(page.getByRole('group', { name: 'Gender' }).getByRole('radio', { name: 'Woman', exact: true })).toBeChecked();
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('brought her ID card');
  await page.getByLabel('Notes (optional)').pressSequentially(' and a utility bill');
  await form.fill({ services: [], minutes: '10 min', age: '65 and over', firstVisit: 'Yes' });
  await expect(page.getByRole('status').filter({ hasText: WAITING_FOR_FORM })).toBeVisible();
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('brought her ID card and a utility bill');

  // Saving clears the form: the waiting version takes over and the page reloads into it.
  const saved = await whenStatusShown(page, 'Saved');
  const reloaded = page.waitForEvent('load', { timeout: 30_000 }).then(() => Date.now());
  await form.save();
  const savedAt = await saved.seen;
  const reloadedAt = await reloaded;
  await unlockAfterRestart(page);
  test.info().annotations.push({ type: 'timing', description: `"Saved" shown ${reloadedAt - savedAt} ms before the update reload` });

  await expect(page.getByRole('heading', { name: 'New session' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chosen e-services' }).getByRole('listitem')).toHaveCount(0);
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('');
  await expect(updateBanner(page)).toHaveCount(0);
  expect(await appVersion(page)).toBe(newVersion);

  await today.open();
  await expect(today.sessions).toHaveCount(1);
  await expect(today.sessions.first()).toContainText(/birth certificate/i);
  await expect(today.sessions.first()).toContainText('Woman');
  await expect(today.count).toHaveText('1');
  // Everything typed before and after "Update" was saved with the session.
  await today.editFirst();
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('brought her ID card and a utility bill');
  await expect(page.getByRole('group', { name: 'Age' }).getByRole('radio', { name: '65 and over', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'First visit to the centre?' }).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();

  expect(problems.errors, 'uncaught page errors').toEqual([]);
  expect(problems.failedLoads, 'failed script or style loads').toEqual([]);
});

test('with no unsaved input, an accepted update applies at once', async ({ readyPage: page, today }) => {
  await ensureControlled(page);
  const problems = watchPageProblems(page);
  const newVersion = uniqueBuildId('clean');
  await offerNewVersion(page, newVersion);

  // The old version keeps working meanwhile: its lazy chunks, gone from the server, come from its cache.
  const oldVersion = await appVersion(page);
  expect(oldVersion).not.toBe(newVersion);
  await expect(updateBanner(page).getByRole('button', { name: 'Update' })).toBeVisible();

  await today.open();
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await updateBanner(page).getByRole('button', { name: 'Update' }).click();
  await reloaded;
  await unlockAfterRestart(page);

  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(updateBanner(page)).toHaveCount(0);
  await expect(page.getByText(WAITING_FOR_FORM)).toHaveCount(0);
  expect(await appVersion(page)).toBe(newVersion);

  expect(problems.errors, 'uncaught page errors').toEqual([]);
  expect(problems.failedLoads, 'failed script or style loads').toEqual([]);
});
