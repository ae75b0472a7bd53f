// The one way a benchmark gets its tablets, as the real app does (DESIGN.md: enrolment with a one-time code,
// sign-in online, a PIN): the network made through the server's API — the first admin (with the one-time
// setup code the server prints at its first start), a centre in Albania, volunteers through invites,
// enrolment codes — and the tablet's own steps through its screens: enrol, sign in, set a PIN.
// Node-side devices (the ingest measurement) enrol and sign in through the same API.
import { randomBytes } from 'node:crypto';

/** The PIN every bench volunteer sets on a tablet (unlock.mjs enters it again after each full load). */
export const PIN = '482913';

async function call(baseUrl, path, { body, auth, headers = {}, status = 200 } = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(auth ? { authorization: auth } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status}: ${await res.text()}`);
  return res.json();
}

const secret = () => `bench ${randomBytes(12).toString('base64url')}`;

/**
 * A fresh server's admin, centre, one volunteer and one enrolment code. `serverOutput` holds the setup code.
 * Returns { baseUrl, auth, centreId, volunteer: { id, login, password }, enrolmentCode }; pass it to
 * addVolunteer() / newEnrolmentCode() for more.
 */
export async function makeNetwork(baseUrl, serverOutput) {
  const setupCode = serverOutput.match(/one-time setup code: (\S+)/)?.[1];
  if (!setupCode) throw new Error('the server printed no setup code (is it a fresh server?)');
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
  const network = { baseUrl, auth, centreId: centre.id };
  const volunteer = await addVolunteer(network, 'Arta');
  const enrolmentCode = await newEnrolmentCode(network, 'Bench tablet');
  return { ...network, volunteer, enrolmentCode };
}

/** One more volunteer of the network's centre (invited by the admin, invite accepted). */
export async function addVolunteer({ baseUrl, auth, centreId }, displayName) {
  const { inviteCode } = await call(baseUrl, '/api/admin/users/invite', {
    auth,
    body: { displayName, role: 'volunteer', centreIds: [centreId] },
    status: 201,
  });
  const person = { login: `${displayName.toLowerCase()}.${randomBytes(3).toString('hex')}`, password: secret() };
  const { user } = await call(baseUrl, '/api/auth/accept-invite', { body: { inviteCode, ...person }, status: 201 });
  return { ...person, id: user.id };
}

/** One more one-time enrolment code for the network's centre (a second tablet, a Node-side device). */
export async function newEnrolmentCode({ baseUrl, auth, centreId }, label) {
  const { enrolmentCode } = await call(baseUrl, '/api/admin/devices/enrolment-codes', {
    auth,
    body: { centreId, label },
    status: 201,
  });
  return enrolmentCode;
}

/**
 * A device enrolled and `volunteer` signed in on it through the API only (no browser), for Node-side
 * pushes. Returns { deviceId, deviceToken, centreId, actorId }: each mutation must carry `actorId`.
 */
export async function enrolDevice(network, volunteer, label = 'Bench device') {
  const enrolmentCode = await newEnrolmentCode(network, label);
  const { deviceId, deviceToken, centre } = await call(network.baseUrl, '/api/devices/enrol', {
    body: { enrolmentCode, label },
    status: 201,
  });
  await call(network.baseUrl, '/api/auth/sign-in', {
    body: { login: volunteer.login, password: volunteer.password },
    headers: { 'x-ura-device': deviceToken },
  });
  return { deviceId, deviceToken, centreId: centre.id, actorId: volunteer.id };
}

/** The tablet's enrolment link, with the UI switched to English; ends on the "Enrol tablet" screen. */
export async function openEnrolment(page, enrolmentCode) {
  await page.goto(`/enrol#${enrolmentCode}`);
  await page.locator('select:has(option[value="en"])').first().selectOption('en');
}

/** From the "Enrol tablet" button: enrol, sign in as `volunteer`, set a new PIN; ends on Today. */
export async function finishEnrolment(page, volunteer) {
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

/** The tablet's screens, in English: the enrolment link, sign-in, a new PIN; ends on Today. */
export async function enrolTablet(page, { enrolmentCode, volunteer }) {
  await openEnrolment(page, enrolmentCode);
  await finishEnrolment(page, volunteer);
}
