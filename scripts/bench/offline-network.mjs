// The network a benchmark tablet needs, made through the server's API: the first admin (with the one-time
// setup code the server prints at its first start), a centre in Albania, a volunteer through an invite,
// and an enrolment code. Then the tablet's own steps through its screens: enrol, sign in, set a PIN.
import { randomBytes } from 'node:crypto';

const PIN = '482913';

async function call(baseUrl, path, { body, auth, status = 200 } = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(auth ? { authorization: auth } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status}: ${await res.text()}`);
  return res.json();
}

/** A fresh server's admin, centre, volunteer and one enrolment code. `serverOutput` holds the setup code. */
export async function makeNetwork(baseUrl, serverOutput) {
  const setupCode = serverOutput.match(/one-time setup code: (\S+)/)?.[1];
  if (!setupCode) throw new Error('the server printed no setup code (is it a fresh server?)');
  const secret = () => `bench ${randomBytes(12).toString('base64url')}`;
  const admin = { displayName: 'Bench Admin', login: 'bench.admin', password: secret() };
  await call(baseUrl, '/api/auth/setup', { body: { setupCode, ...admin }, status: 201 });
  const { accessToken } = await call(baseUrl, '/api/auth/sign-in', {
    body: { login: admin.login, password: admin.password },
  });
  const auth = `Bearer ${accessToken}`;
  const centre = await call(baseUrl, '/api/admin/centres', {
    auth,
    body: { name: 'ADISA Shkodër', country: 'AL', municipality: 'Shkodër', kind: 'fixed', timeZone: 'Europe/Tirane' },
    status: 201,
  });
  const { inviteCode } = await call(baseUrl, '/api/admin/users/invite', {
    auth,
    body: { displayName: 'Arta', role: 'volunteer', centreIds: [centre.id] },
    status: 201,
  });
  const volunteer = { login: `arta.${randomBytes(3).toString('hex')}`, password: secret() };
  const { user } = await call(baseUrl, '/api/auth/accept-invite', { body: { inviteCode, ...volunteer }, status: 201 });
  const { enrolmentCode } = await call(baseUrl, '/api/admin/devices/enrolment-codes', {
    auth,
    body: { centreId: centre.id, label: 'Bench tablet' },
    status: 201,
  });
  return { centreId: centre.id, volunteer: { ...volunteer, id: user.id }, enrolmentCode };
}

/** The tablet's screens, in English: the enrolment link, sign-in, a new PIN; ends on Today. */
export async function enrolTablet(page, { enrolmentCode, volunteer }) {
  await page.goto(`/enrol#${enrolmentCode}`);
  await page.locator('select:has(option[value="en"])').first().selectOption('en');
  await page.getByRole('button', { name: 'Enrol tablet' }).click();
  const signIn = page.getByRole('form', { name: 'Sign in' });
  await signIn.getByLabel('Login').fill(volunteer.login);
  await signIn.getByLabel('Password').fill(volunteer.password);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('New PIN').fill(PIN);
  await page.getByLabel('The same PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await page.getByRole('heading', { name: 'Today' }).waitFor();
}
