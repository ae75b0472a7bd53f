// The tablet's data key lives only in memory while someone is signed in (README "Security and privacy"):
// after any full load of a page (goto, reload, a new page, a browser restart, an update) with no other
// unlocked tab of the app open, a signed-in tablet asks that person's PIN again. Every benchmark that loads
// a page goes through these helpers, so its steps run on an unlocked tablet, as a volunteer's would.
import { PIN } from './network.mjs';

/** The PIN field of the lock screen (in whatever language is chosen). */
export const PIN_FIELD = 'input[autocomplete="current-password"]';

/**
 * Waits for the PIN prompt of the signed-in person, enters `pin` and presses Enter; resolves once the lock
 * screen has gone. Fails with what the screen says when it does not (a wrong PIN, a sign-in asked for).
 */
export async function unlockAfterLoad(page, { pin = PIN, timeout = 30_000 } = {}) {
  const field = page.locator(PIN_FIELD);
  await field.waitFor({ timeout });
  await field.fill(pin);
  await field.press('Enter');
  try {
    await field.waitFor({ state: 'detached', timeout });
  } catch (error) {
    const said = await page
      .locator('main')
      .innerText({ timeout: 1_000 })
      .catch(() => '');
    throw new Error(
      `the PIN did not unlock the tablet (screen: ${said.replace(/\s+/g, ' ').slice(0, 300)}): ${error.message}`,
    );
  }
}

/** page.goto(path), then the PIN. */
export async function gotoUnlocked(page, path, options) {
  await page.goto(path);
  await unlockAfterLoad(page, options);
}

/** page.reload(), then the PIN. */
export async function reloadUnlocked(page, options) {
  await page.reload();
  await unlockAfterLoad(page, options);
}
