import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TabletAuthPage } from './pages/TabletAuthPage';
import { createVolunteer, devicesOf, enrolmentCode, resetPin, revokeDevice } from './support/network';
import { syncBadge } from './support/sessions';
import { unlockAfterRestart } from './support/unlock';

// Sign-in on a shared tablet (issue 4): enrolment, online sign-in, PIN, idle lock, lockout, switching, revocation.

const auth = (lng: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../locales/${lng}/auth.json`), 'utf8')) as { errors: Record<string, string> };
const en = auth('en').errors;
const serverDb = () => join(process.env.E2E_DATA_DIR!, 'ura.sqlite');

/** Writes one row of the tablet's meta table straight into IndexedDB (what a test build may change). */
async function putMeta(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ura');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          const store = tx.objectStore('meta');
          if (v === null) store.delete(k);
          else store.put({ key: k, value: v });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    [key, value] as const,
  );
}

async function readMeta<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(
    (k) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('ura');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get(k);
          get.onsuccess = () => (open.result.close(), resolve((get.result as { value: T } | undefined)?.value));
          get.onerror = () => reject(get.error ?? new Error('read failed'));
        };
      }),
    key,
  );
}

/** Session rows of a centre on the server, with their author. */
function serverSessions(centreId: string): { id: string; volunteerId: string }[] {
  const db = new Database(serverDb(), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare("select id, json_extract(data, '$.volunteerId') as volunteerId from sessions where centre_id = ? and deleted_at is null")
      .all(centreId) as { id: string; volunteerId: string }[];
  } finally {
    db.close();
  }
}

async function logSession(page: Page, gender: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'New session' }).click();
  await page.getByLabel('E-services', { exact: true }).fill('birth');
  await page.getByRole('list', { name: 'E-services to choose from' }).getByRole('button', { name: /birth certificate/i }).first().click();
  await page.getByRole('group', { name: 'Duration' }).getByRole('radio', { name: '10 min', exact: true }).check();
  await page.getByRole('group', { name: 'Gender' }).getByRole('radio', { name: gender, exact: true }).check();
  await page.getByRole('group', { name: 'Age' }).getByRole('radio', { name: '65 and over', exact: true }).check();
  await page.getByRole('group', { name: 'First visit to the centre?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Chosen e-services' }).getByRole('listitem')).toHaveCount(0);
}


test('enrol with a code, sign in, set a PIN; bad codes, passwords and PINs get clear messages', async ({ page, auth: tablet, tablet: net, request, browser, baseURL }) => {
  const code = await enrolmentCode(request, net.adminAuth, net.centre.id);
  // A wrong code from the link: one message for wrong, used and expired, in the chosen language.
  await tablet.openEnrolLink('ABCD-EFGH-JK');
  await tablet.chooseLanguage('sq');
  await page.getByRole('button', { name: 'Regjistro tabletin' }).click();
  await expect(tablet.alert).toHaveText(auth('sq').errors.invalidCode!);
  await tablet.chooseLanguage('en');
  await tablet.enrol();
  await expect(tablet.alert).toHaveText(en.invalidCode!);

  // The right code, typed.
  await tablet.codeField.fill(code.toLowerCase());
  await tablet.enrol();
  await page.getByRole('form', { name: 'Sign in' }).waitFor();

  // A wrong password and an unknown login read the same.
  await tablet.signIn(net.volunteer.login, 'not the password at all');
  await expect(tablet.alert).toHaveText(en.invalidCredentials!);
  await tablet.signIn('nobody.here', 'not the password at all');
  await expect(tablet.alert).toHaveText(en.invalidCredentials!);

  await tablet.signIn(net.volunteer.login, net.volunteer.password);
  await tablet.setPin('12');
  await expect(tablet.alert).toHaveText(en.pinFormat!);
  await tablet.setPin('482913', '482914');
  await expect(tablet.alert).toHaveText(en.pinMismatch!);
  await tablet.setPin('482913');
  await expect(tablet.todayHeading).toBeVisible();
  await expect(page.getByText('Signed in: Arta')).toBeVisible();
  // The PIN is not stored: a slow salted key made from it locks the tablet's data key.
  const person = await readMeta<{ pin: { hash?: string; wrappedKey?: string; salt: string; iterations: number } }>(page, `person:${net.volunteer.id}`);
  expect(person?.pin.iterations).toBeGreaterThanOrEqual(600_000);
  expect(person?.pin.wrappedKey).toBeTruthy();
  expect(person?.pin.hash).toBeUndefined();
  expect(JSON.stringify(person)).not.toContain('482913');

  // The same code on another tablet: used.
  const other = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
  try {
    const second = new TabletAuthPage(await other.newPage());
    await second.openEnrolLink(code);
    await second.chooseLanguage('en');
    await second.enrol();
    await expect(second.alert).toHaveText(en.invalidCode!);
  } finally {
    await other.close();
  }
});

test('idle lock, PIN unlock, and five wrong PINs require an online sign-in', async ({ readyPage: page, auth: tablet, tablet: net }) => {
  // A test build shortens the idle lock through its meta row (it can only ever be shortened). Written
  // behind the app's back, so a reload reads it: the idle time has run out meanwhile.
  await putMeta(page, 'auth.idleLockMs', 4000);
  await page.waitForTimeout(4000);
  await page.reload();
  await expect(tablet.lockHeading).toBeVisible();
  await expect(tablet.todayHeading).toHaveCount(0);

  await tablet.choosePerson('Arta');
  await tablet.enterPin('000000');
  await expect(tablet.alert).toHaveText('Wrong PIN. 4 attempts left.');
  await tablet.enterPin(net.pin);
  await expect(tablet.todayHeading).toBeVisible();
  // Left alone, the open app locks itself.
  await expect(tablet.lockHeading).toBeVisible({ timeout: 15_000 });
  await putMeta(page, 'auth.idleLockMs', null);
  await page.reload();
  await expect(tablet.lockHeading).toBeVisible();
  await tablet.choosePerson('Arta');
  await tablet.enterPin(net.pin);
  await expect(tablet.todayHeading).toBeVisible();

  await tablet.lock();
  await tablet.choosePerson('Arta');
  for (let left = 4; left >= 1; left--) {
    await tablet.enterPin('111111');
    await expect(tablet.alert).toHaveText(left === 1 ? 'Wrong PIN. 1 attempt left.' : `Wrong PIN. ${left} attempts left.`);
  }
  await tablet.enterPin('111111');
  // The fifth: only the password unlocks now, even with the right PIN.
  await expect(page.getByText('Too many wrong PINs. Sign in with your password to unlock.')).toBeVisible();
  await page.reload();
  await tablet.choosePerson('Arta');
  await expect(page.getByLabel('Your PIN')).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Sign in' }).getByLabel('Login')).toHaveValue(net.volunteer.login);
  await tablet.signIn(net.volunteer.login, net.volunteer.password);
  await expect(tablet.todayHeading).toBeVisible();
  // A reload within the idle time asks the same person for the PIN only (the data key lived in memory).
  await page.reload();
  await expect(page.getByText('Ura restarted. Enter your PIN to carry on where you left off.')).toBeVisible();
  await tablet.enterPin(net.pin);
  await expect(tablet.todayHeading).toBeVisible();
});

test('switching volunteer takes two taps and never mixes who authored what', async ({ readyPage: page, auth: tablet, tablet: net, request }) => {
  const blerta = await createVolunteer(request, net.adminAuth, net.centre.id, 'Blerta');
  // Arta leaves a half-filled form.
  await page.getByRole('navigation').getByRole('link', { name: 'New session' }).click();
  await page.getByLabel('Notes (optional)').fill('Arta was here');
  await tablet.lock();
  await page.getByRole('button', { name: 'Someone else: sign in' }).click();
  await tablet.signIn(blerta.login, blerta.password);
  await tablet.setPin('246810');
  await expect(page.getByText('Signed in: Blerta')).toBeVisible();
  // Blerta does not see Arta's draft, and logs a session of her own.
  await page.getByRole('navigation').getByRole('link', { name: 'New session' }).click();
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('');
  await logSession(page, 'Man');

  // Two taps back to Arta (lock, her name), then her PIN: her draft is there.
  await tablet.lock();
  await tablet.choosePerson('Arta');
  await tablet.enterPin(net.pin);
  await expect(page.getByText('Signed in: Arta')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'New session' }).click();
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('Arta was here');
  await page.getByLabel('Notes (optional)').fill('');
  await logSession(page, 'Woman');

  // The server accepts each change from its own author (it checks actorId against the author). (Both must
  // be there: the badge may still say "All synced" for a moment after the last save, before it counts it.)
  await expect.poll(() => serverSessions(net.centre.id).length, { timeout: 30_000 }).toBe(2);
  await expect(syncBadge(page)).toHaveText('All synced', { timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  const authors = serverSessions(net.centre.id).map((s) => s.volunteerId).sort();
  expect(authors).toEqual([net.volunteer.id, blerta.id].sort());
});

test('a PIN reset by a coordinator: the next unlock online asks for the password, then a new PIN', async ({ readyPage: page, auth: tablet, tablet: net, request }) => {
  await tablet.lock();
  await resetPin(request, net.adminAuth, net.volunteer.id);
  await tablet.choosePerson('Arta');
  await tablet.enterPin(net.pin);
  await expect(page.getByText('Your sign-in has ended', { exact: false })).toBeVisible();
  await tablet.signIn(net.volunteer.login, net.volunteer.password);
  // The server's pinResetAt is newer than the PIN on this tablet: a new one.
  await tablet.setPin('135790');
  await expect(tablet.todayHeading).toBeVisible();
  await tablet.lock();
  await tablet.choosePerson('Arta');
  await tablet.enterPin(net.pin);
  await expect(tablet.alert).toHaveText('Wrong PIN. 4 attempts left.');
  await tablet.enterPin('135790');
  await expect(tablet.todayHeading).toBeVisible();
});

test('a tampered device token gets the one sign-in message, never a hint', async ({ readyPage: page, auth: tablet, tablet: net }) => {
  const sync = await readMeta<{ credentials: { token: string } }>(page, 'sync');
  await putMeta(page, 'sync', { ...sync, credentials: { ...sync!.credentials, token: `${sync!.credentials.token.slice(0, -4)}AAAA` } });
  await tablet.lock();
  await page.getByRole('button', { name: 'Someone else: sign in' }).click();
  await tablet.signIn(net.volunteer.login, net.volunteer.password);
  await expect(tablet.alert).toHaveText(en.invalidCredentials!);
});

test('a tablet revoked while offline: its sessions are neither lost nor silently accepted', async ({ readyPage: page, context, tablet: net, request }) => {
  await expect(syncBadge(page)).toHaveText('All synced', { timeout: 30_000 });
  await context.setOffline(true);
  await logSession(page, 'Woman');
  await logSession(page, 'Man');
  await expect(syncBadge(page)).toHaveText('2 waiting to sync');
  const [device] = await devicesOf(request, net.adminAuth, net.centre.id);
  await revokeDevice(request, net.adminAuth, device!.id);

  await context.setOffline(false);
  await page.reload();
  // Restarted, so locked: the tablet still learns it was revoked (a look at the server that stores nothing).
  await expect(page.getByRole('heading', { name: 'This tablet was revoked' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('2 changes on this tablet have not reached the server.')).toBeVisible();
  expect(serverSessions(net.centre.id)).toEqual([]);

  // Clearing waits for the file; the file waits for a PIN that opens the sealed sessions.
  const clear = page.getByRole('button', { name: 'Clear this tablet' });
  await expect(clear).toBeDisabled();
  const save = page.getByRole('button', { name: 'Save unsynced sessions to an encrypted file' });
  await expect(save).toBeDisabled();
  const unlock = page.getByRole('form', { name: 'Open the unsynced sessions' });
  await unlock.getByLabel('Your PIN').fill('000000');
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(unlock.getByRole('alert')).toHaveText('Wrong PIN. 4 attempts left.');
  await unlock.getByLabel('Your PIN').fill(net.pin);
  await unlock.getByRole('button', { name: 'Unlock' }).click();
  await expect(save).toBeEnabled();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save unsynced sessions to an encrypted file' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  await expect(page.getByText('The file is saved. Give it to your coordinator.')).toBeVisible();
  // Sealed with the network's key: nothing of the sessions or their author is readable in it.
  expect((JSON.parse(text) as { encryption: { scheme: string } }).encryption.scheme).toBe('ecdh-p256-hkdf-sha256-aes-256-gcm');
  expect(text).not.toContain(net.volunteer.id);
  expect(text).not.toContain('session.create');

  await clear.click();
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.getByRole('heading', { name: 'Enrol this tablet' })).toBeVisible({ timeout: 15_000 });
  expect(serverSessions(net.centre.id)).toEqual([]);

  // The coordinator brings them in: both, once, from the revoked tablet, by their author.
  const imported = await request.post('/api/admin/handoff/import', { headers: net.adminAuth, data: { file: text } });
  expect(imported.status()).toBe(200);
  expect(await imported.json()).toMatchObject({ count: 2, added: 2, duplicate: 0, rejected: [], deviceRevoked: true });
  expect(serverSessions(net.centre.id).map((s) => s.volunteerId)).toEqual([net.volunteer.id, net.volunteer.id]);
});

test('an enrolment link opened on an enrolled tablet does not enrol it again', async ({ readyPage: page, auth: tablet, tablet: net, request }) => {
  const code = await enrolmentCode(request, net.adminAuth, net.centre.id);
  await tablet.openEnrolLink(code);
  await expect(page.getByText('This tablet is already enrolled.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await unlockAfterRestart(page, net.pin);
  await expect(tablet.todayHeading).toBeVisible();
  // The code was not spent: it still enrols (another) tablet.
  expect((await request.post('/api/devices/enrol', { data: { enrolmentCode: code, label: 'Spare' } })).status()).toBe(201);
});
