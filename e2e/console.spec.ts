import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AcceptInvitePage } from './pages/console/AcceptInvitePage';
import { AuditPage } from './pages/console/AuditPage';
import { seriousViolations, smallTouchTargets } from './support/axe';
import { CataloguePage } from './pages/console/CataloguePage';
import { CentresPage } from './pages/console/CentresPage';
import { ConsoleNav } from './pages/console/ConsoleNav';
import { ConsoleSetupPage } from './pages/console/ConsoleSetupPage';
import { ConsoleSignInPage } from './pages/console/ConsoleSignInPage';
import { expect, needsSetup, newPassword, rememberAdmin, setupCode, test } from './pages/console/consoleFixtures';
import { bearerOf, twoCentres } from './pages/console/flows';
import { DevicesPage } from './pages/console/DevicesPage';
import { chooseLanguage } from './pages/console/language';
import { PeoplePage } from './pages/console/PeoplePage';

/** The console's own words, read from the locale files, so a test shows the translation is what is seen. */
const admin = (lng: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../locales/${lng}/admin.json`), 'utf8')) as {
  errors: { code: Record<string, string>; password: Record<string, string> };
};
const en = admin('en');
const unique = () => randomBytes(3).toString('hex').toUpperCase();

test('first start: the setup code from the server makes the first admin, once', async ({ page, api }) => {
  const setup = new ConsoleSetupPage(page);
  if (await needsSetup(api)) {
    const first = { displayName: 'Drita Admin', login: 'drita.admin', password: newPassword() };
    await setup.open();
    await setup.submit({ ...first, code: setupCode(), repeat: `${first.password}!` });
    await expect(setup.alert).toHaveText('The two passwords are not the same.');
    await setup.submit({ ...first, code: 'ABCD-EFGH-JKMN-PQRS' });
    await expect(setup.alert).toHaveText(en.errors.code.INVALID_CODE!);
    await setup.submit({ ...first, code: setupCode() });
    await expect(new ConsoleNav(page).menu).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Centres', level: 1 })).toBeVisible();
    rememberAdmin(first);
    await new ConsoleNav(page).signOut();
    await expect(page.getByRole('heading', { name: 'Sign in to the console' })).toBeVisible();
  } else {
    test.info().annotations.push({ type: 'note', description: 'the admin fixture had already set this server up' });
  }
  await setup.open();
  await expect(page.getByText('This server is already set up.')).toBeVisible();
  await page.getByRole('link', { name: 'Go to sign-in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the console' })).toBeVisible();
});

test('a wrong password or unknown login gets one generic message, in the chosen language', async ({ page, admin: account }) => {
  const signIn = new ConsoleSignInPage(page);
  await signIn.open();
  await signIn.submit(account.login, 'not the password at all');
  await expect(signIn.alert).toHaveText(en.errors.code.INVALID_CREDENTIALS!);
  await signIn.submit('nobody.here', 'not the password at all');
  await expect(signIn.alert).toHaveText(en.errors.code.INVALID_CREDENTIALS!);
  await chooseLanguage(page, 'sr-Latn');
  await signIn.submit(account.login, 'still not the password');
  await expect(signIn.alert).toHaveText(admin('sr-Latn').errors.code.INVALID_CREDENTIALS!);
  await expect(page.getByRole('navigation')).toHaveCount(0);
});

test('a coordinator is invited, accepts in another browser, and manages only their own centre', async ({ adminPage, nav, browser, api, baseURL }) => {
  const tag = unique();
  const centres = await twoCentres(adminPage, tag);
  expect(centres.otherId).toMatch(/^[0-9a-f-]{36}$/);

  const people = new PeoplePage(adminPage);
  await nav.go('People', 'People');
  const name = `Besnik ${tag}`;
  const invitation = await people.invite({ name, role: 'Coordinator', centres: [centres.own] });
  expect(invitation.link).toBe(`${baseURL}/invite/${invitation.code}`);
  await expect(people.invitationPanel(name)).toContainText('Valid until');
  await people.invitationPanel(name).getByRole('button', { name: 'Done' }).click();
  await expect(people.invitationPanel(name)).toHaveCount(0);

  // The invited coordinator, in a browser of their own.
  const context = await browser.newContext();
  const page = await context.newPage();
  const accept = new AcceptInvitePage(page);
  await accept.open(invitation.link);
  await expect(page.getByText('is not one of the most common passwords')).toBeVisible();
  const login = `besnik.${tag.toLowerCase()}`;
  await accept.submit(login, 'password123');
  await expect(accept.alert).toHaveText(en.errors.password.password_common!);
  const password = newPassword();
  await accept.submit(login, password);
  const coordinatorNav = new ConsoleNav(page);
  await expect(coordinatorNav.menu).toBeVisible();
  await expect(coordinatorNav.link('Catalogue')).toHaveCount(0);
  await expect(coordinatorNav.link('Audit log')).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText(`${name} (Coordinator)`);

  // A used invitation says the one thing it says for any bad code.
  await coordinatorNav.signOut();
  await accept.open(invitation.link);
  await accept.submit(`${login}.again`, newPassword());
  await expect(accept.alert).toHaveText(en.errors.code.INVALID_CODE!);

  // Sign in, make an enrolment code, enrol a tablet with it.
  const signIn = new ConsoleSignInPage(page);
  await signIn.open();
  await signIn.signIn(login, password);
  await coordinatorNav.go('Devices', 'Devices');
  await expect(page.getByRole('heading', { name: `Tablets of ${centres.own}` })).toBeVisible();
  const devices = new DevicesPage(page);
  const panel = await devices.makeEnrolmentCode('Counter 1');
  await expect(panel.getByRole('img', { name: 'QR code with the enrolment link' })).toBeVisible();
  expect((await panel.locator('svg path').getAttribute('d'))?.length).toBeGreaterThan(200);
  await expect(panel.getByRole('timer')).toHaveText(/^Valid for another (10:00|9:[0-5]\d)$/);
  const code = (await panel.locator('.big-code').textContent()) ?? '';
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
  const enrolled = await api.post('/api/devices/enrol', { data: { enrolmentCode: code, label: 'Counter 1' } });
  expect(enrolled.status()).toBe(201);
  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('table', { name: `Tablets of ${centres.own}` }).getByRole('row', { name: /Counter 1/ })).toContainText('In use');

  // Another centre's tablets: the console shows nothing, the server refuses.
  await page.goto(`/console/devices?centre=${centres.otherId}`);
  await expect(page.getByRole('alert')).toHaveText('This centre is not one of yours, or it does not exist.');
  await expect(page.getByRole('button', { name: 'Enrol a tablet' })).toHaveCount(0);
  const auth = await bearerOf(api, { login, password });
  const refused = await api.post('/api/admin/devices/enrolment-codes', { headers: auth, data: { centreId: centres.otherId, label: 'x' } });
  expect(refused.status()).toBe(404);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('CENTRE_NOT_FOUND');
  const seen = (await (await api.get('/api/admin/devices', { headers: auth })).json()) as { devices: { centreId: string }[] };
  expect(seen.devices.filter((d) => d.centreId === centres.otherId)).toEqual([]);

  // The admin (after a reload: the tab keeps the sign-in) gives a second centre, then makes them a volunteer.
  await adminPage.reload();
  await adminPage.getByRole('heading', { name: 'People', level: 1 }).waitFor();
  await people.edit(name, { toggleCentres: [centres.other] });
  await expect(people.row(name)).toContainText(`${centres.own}, ${centres.other}`);
  await people.edit(name, { role: 'Volunteer' });
  await expect(people.row(name)).toContainText('Volunteer');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'This area is for coordinators and admins' })).toBeVisible();

  // Everything above is in the audit log, newest first.
  const audit = new AuditPage(adminPage);
  await nav.go('Audit log', 'Audit log');
  await expect(audit.rows('Signed in').filter({ hasText: name }).first()).toBeVisible();
  await expect(audit.rows('Signed in').filter({ hasText: 'Drita Admin' }).first()).toBeVisible();
  await expect(audit.rows('Invitation created').first()).toContainText(`Coordinator · ${centres.own}`);
  await expect(audit.rows('Invitation accepted').filter({ hasText: name })).toHaveCount(1);
  await expect(audit.rows('Role changed').first()).toContainText(name);
  await expect(audit.rows('Role changed').first()).toContainText('Coordinator → Volunteer');
  await expect(audit.rows('Person changed').filter({ hasText: `centres now: ${centres.own}, ${centres.other}` })).toHaveCount(1);
  await expect(audit.rows('Tablet enrolled').first()).toContainText('Counter 1');
  // Newest first: the role change wrote "Role changed", then "Person changed", as the last things done.
  await expect(audit.table.getByRole('row').nth(1)).toContainText(`Person changed${'Drita Admin'}${name}`);
  await expect(audit.table.getByRole('row').nth(2)).toContainText('Role changed');
  await audit.filterByAction('Role changed');
  await expect(adminPage).toHaveURL(/action=user\.role_changed/);
  await expect(audit.table.getByRole('row')).toHaveCount(1 + (await audit.rows('Role changed').count()));
  await context.close();
});

test('the admin adds an e-service, renames it, retires it; it is never deleted', async ({ adminPage: page, nav, api, admin: account }) => {
  const tag = unique();
  const code = `ME-E2E-${tag}`;
  const names = ['Deklarata e tatimit', 'Даночна пријава', 'Poreska prijava', 'Пореска пријава', 'Poreska prijava', `Tax return ${tag}`];
  const catalogue = new CataloguePage(page);
  await nav.go('Catalogue', 'E-service catalogue');
  await catalogue.chooseCountry('Montenegro');
  await catalogue.add({ code, names, provider: 'Uprava prihoda i carina', category: 'Taxes' });
  await expect(nav.saved).toBeVisible();
  await expect(catalogue.row(names[5]!)).toContainText(code);
  await expect(catalogue.row(names[5]!)).toContainText('Offered');

  // The same code again is refused next to the code field, translated.
  const again = await catalogue.submitNew({ code, names, provider: 'Uprava prihoda i carina', category: 'Taxes' });
  await expect(again.getByRole('alert')).toHaveText(en.errors.code.ALREADY_EXISTS!);
  await expect(again.getByLabel('Code')).toHaveAttribute('aria-invalid', 'true');
  await again.getByRole('button', { name: 'Cancel' }).click();

  const renamed = `Annual tax return ${tag}`;
  await catalogue.row(names[5]!).getByRole('button', { name: `Edit ${names[5]!}` }).click();
  const form = catalogue.editForm(code);
  await expect(form.getByLabel('Code')).toHaveCount(0);
  await expect(form).toContainText(code);
  await form.getByLabel('English', { exact: true }).fill(renamed);
  await form.getByLabel('Crnogorski', { exact: true }).fill('Godišnja poreska prijava');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(catalogue.row(renamed)).toBeVisible();
  await expect(catalogue.row(names[5]!)).toHaveCount(0);

  await catalogue.row(renamed).getByRole('button', { name: `Retire ${renamed}` }).click();
  const dialog = page.getByRole('dialog', { name: `Retire "${renamed}"?` });
  await expect(dialog).toContainText(`the code ${code} stays reserved`);
  await dialog.getByRole('button', { name: 'Retire' }).click();
  await expect(catalogue.row(renamed)).toContainText('Retired');
  await expect(catalogue.row(renamed).getByRole('button', { name: `Reactivate ${renamed}` })).toBeVisible();

  const listed = (await (await api.get('/api/admin/catalogue', { headers: await bearerOf(api, account) })).json()) as {
    services: { code: string; active: boolean; names: Record<string, string> }[];
  };
  expect(listed.services.find((s) => s.code === code)).toMatchObject({ active: false, names: { en: renamed, cnr: 'Godišnja poreska prijava', sq: names[0] } });
});

test('every console screen has no serious accessibility problem and 44 px touch targets', async ({ page, admin: account }) => {
  const check = async (what: string) => {
    expect(await seriousViolations(page), what).toEqual([]);
    expect(await smallTouchTargets(page), what).toEqual([]);
  };
  const signIn = new ConsoleSignInPage(page);
  await signIn.open();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(signIn.alert).toBeVisible();
  await check('sign-in with errors');

  await new ConsoleSetupPage(page).open();
  await page.getByText('This server is already set up.').waitFor();
  await check('setup, done');

  const accept = new AcceptInvitePage(page);
  await accept.open('http://x/invite/ABCD-EFGH-JK');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(accept.alert).toBeVisible();
  await check('invite with errors');

  await signIn.open();
  await signIn.signIn(account.login, account.password);
  const nav = new ConsoleNav(page);
  await page.getByRole('button', { name: 'Add a centre' }).click();
  await page.getByRole('form', { name: 'New centre' }).getByRole('button', { name: 'Save' }).click();
  await check('centres, form with errors');
  await new CentresPage(page).saveNew({ name: `Qendra ${unique()}`, country: 'AL', municipality: 'Tiranë', kind: 'Online or phone' });

  await nav.go('People', 'People');
  await page.getByRole('button', { name: 'Invite someone' }).click();
  await check('people, invite form');

  await nav.go('Devices', 'Devices');
  await new DevicesPage(page).makeEnrolmentCode('Accessibility check');
  await check('devices, enrolment code');

  await nav.go('Catalogue', 'E-service catalogue');
  await page.getByRole('button', { name: 'Add an e-service' }).click();
  await check('catalogue, form');
  await page.getByRole('button', { name: /^Retire / }).first().click();
  await page.getByRole('dialog').waitFor();
  await check('catalogue, retire dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await nav.go('Audit log', 'Audit log');
  await page.getByRole('table', { name: 'Audit log' }).waitFor();
  await check('audit log');
});
