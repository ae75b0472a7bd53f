import { expect, test } from './fixtures';
import { BuildVariants } from './support/buildVariants';
import { uniqueBuildId } from './support/deploy';
import { storedSessions } from './support/deviceSessions';
import { watchPageProblems } from './support/pageProblems';
import { checkForUpdate, ensureControlled } from './support/serviceWorker';
import { appVersion, updateBanner, WAITING_FOR_FORM } from './support/update';
import { unlockAfterRestart } from './support/unlock';

// Deploy while open (issue #6, DESIGN.md §9): a release lands on the server while a volunteer is in the
// middle of a form, again and again. Every cycle opens a draft, deploys the other build, types on, accepts
// the update and saves: no draft may be lost, and no chunk of either build may fail to load (no uncaught
// error, no failed script, no recovery reload by the `vite:preloadError` handler).
// E2E_DEPLOY_CYCLES sets the number of cycles (default: the 50). Two builds are made once and
// deployed in turn (the suite's own and one more), rather than a build per cycle.
const CYCLES = Number(process.env.E2E_DEPLOY_CYCLES ?? 50);
const PRELOAD_RELOAD_KEY = 'ura.preloadReloadAt'; // src/app/pwa/preloadError.ts



let variants: BuildVariants | null = null;
test.afterEach(() => {
  variants?.restore();
  variants = null;
});

test(`${CYCLES} deploys while a form is open lose no draft and break no chunk load`, async ({
  readyPage: page,
  form,
}) => {
  expect(CYCLES).toBeGreaterThan(0);
  test.setTimeout(240_000 + CYCLES * 20_000);
  await ensureControlled(page);
  const problems = watchPageProblems(page);
  const versions = { original: await appVersion(page), other: uniqueBuildId('deploy-loop') };
  variants = await BuildVariants.prepare(versions.other);
  const notes = page.getByLabel('Notes (optional)');
  const saved: string[] = [];
  const started = Date.now();

  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const typed = [`cycle ${cycle}: before the deploy`, '; while offered', '; after Update'];
    await form.open();
    await form.fill({
      services: [{ search: 'birth', name: /birth certificate/i }],
      gender: cycle % 2 ? 'Man' : 'Woman',
      notes: typed[0],
    });

    const next = versions[variants.deployNext()];
    await checkForUpdate(page);
    await expect
      .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), {
        timeout: 30_000,
      })
      .toBe(true);
    await expect(updateBanner(page)).toBeVisible();
    await notes.pressSequentially(typed[1]!);
    await updateBanner(page).getByRole('button', { name: 'Update' }).click();
    await expect(page.getByRole('status').filter({ hasText: WAITING_FOR_FORM })).toBeVisible();
    await notes.pressSequentially(typed[2]!);
    await form.fill({ services: [], minutes: '10 min', age: '65 and over', firstVisit: 'Yes' });
    await expect(notes).toHaveValue(typed.join(''));

    // Saving clears the form: the waiting version takes over and the page reloads into it.
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await form.save();
    await reloaded;
    await unlockAfterRestart(page);
    saved.push(typed.join(''));
    await expect(page.getByRole('heading', { name: 'New session' })).toBeVisible();
    await expect(notes).toHaveValue('');
    expect(await appVersion(page), `cycle ${cycle}: the version after the update`).toBe(next);
    expect((await storedSessions(page)).map((s) => s.notes).sort(), `cycle ${cycle}: the saved sessions`).toEqual(
      [...saved].sort(),
    );
    expect(
      await page.evaluate((key) => sessionStorage.getItem(key), PRELOAD_RELOAD_KEY),
      `cycle ${cycle}: a preload-error reload`,
    ).toBeNull();
    expect(problems.errors, `cycle ${cycle}: uncaught page errors`).toEqual([]);
    expect(problems.failedLoads, `cycle ${cycle}: failed script or style loads`).toEqual([]);
  }

  const seconds = (Date.now() - started) / 1000;
  const timing = `${CYCLES} deploy cycles in ${seconds.toFixed(0)} s, ${((seconds * 1000) / CYCLES).toFixed(0)} ms a cycle (after one build)`;
  console.log(`[deployWhileOpen] ${timing}`);
  test.info().annotations.push({ type: 'timing', description: timing });
});
