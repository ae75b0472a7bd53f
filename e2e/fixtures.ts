import { test as base, expect, type Page } from '@playwright/test';
import { SessionFormPage } from './pages/SessionFormPage';
import { SetupPage } from './pages/SetupPage';
import { TabletAuthPage } from './pages/TabletAuthPage';
import { TodayPage } from './pages/TodayPage';
import { adminAuth, createCentre, createVolunteer, enrolmentCode, type Centre, type Person } from './support/network';
import { reloadUnlocked, VOLUNTEER_PIN } from './support/unlock';

/** The tablet behind `readyPage`: its centre, the volunteer signed in on it and their PIN, and the admin's auth header. */
export type Tablet = { centre: Centre; volunteer: Person; pin: string; adminAuth: Record<string, string> };

type Pages = { setup: SetupPage; auth: TabletAuthPage; form: SessionFormPage; today: TodayPage; tablet: Tablet; readyPage: Page };

export { VOLUNTEER_PIN };

/**
 * Each test gets a fresh browser context (empty IndexedDB, no service worker), and `readyPage`: a tablet
 * (in English) enrolled with a code to a new centre in Albania, a volunteer signed in online on it with a
 * PIN set and the screens unlocked, with the app shell cached for offline use. The network is made
 * through the API; the tablet's own steps go through its screens.
 */
export const test = base.extend<Pages>({
  setup: async ({ page }, use) => use(new SetupPage(page)),
  auth: async ({ page }, use) => use(new TabletAuthPage(page)),
  form: async ({ page }, use) => use(new SessionFormPage(page)),
  today: async ({ page }, use) => use(new TodayPage(page)),
  tablet: async ({ request }, use) => {
    const auth = await adminAuth(request);
    const centre = await createCentre(request, auth, 'ADISA Shkodër');
    const volunteer = await createVolunteer(request, auth, centre.id, 'Arta');
    await use({ centre, volunteer, pin: VOLUNTEER_PIN, adminAuth: auth });
  },
  readyPage: async ({ page, tablet, request }, use) => {
    await prepareTablet(page, await enrolmentCode(request, tablet.adminAuth, tablet.centre.id), tablet.volunteer, tablet.pin);
    await waitForOfflineReady(page);
    await use(page);
  },
});

/** Enrols the page's tablet with a code and signs a person in with a new PIN, through the tablet's screens. */
export async function prepareTablet(page: Page, code: string, person: Pick<Person, 'login' | 'password'>, pin: string): Promise<void> {
  const auth = new TabletAuthPage(page);
  await enrolTablet(auth, code);
  await auth.signIn(person.login, person.password);
  await auth.setPin(pin);
  await auth.todayHeading.waitFor();
}

/** Opens the QR code's link in English and enrols; the tablet then asks for a sign-in. */
export async function enrolTablet(auth: TabletAuthPage, code: string): Promise<void> {
  await auth.openEnrolLink(code);
  await auth.chooseLanguage('en');
  await auth.enrol();
  await auth.page.getByRole('form', { name: 'Sign in' }).waitFor();
}

/** Resolves once the service worker controls the page, so a reload works with no network (the PIN unlocks after it). */
export async function waitForOfflineReady(page: Page, pin = VOLUNTEER_PIN): Promise<void> {
  // evaluate (unlike waitForFunction) awaits the promise: the worker is active once `ready` resolves.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const isControlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!isControlled) {
    // First visit: the worker activates but controls only the next load (prompt mode does not claim clients).
    await reloadUnlocked(page, pin);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  }
}

export { expect };
