import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { lastCompleteWeek, weekRange } from '../src/shared/reports';
import { SESSION_SCHEMA_VERSION } from '../src/shared/schemas/session';
import { seriousViolations } from './support/axe';
import { expect, newPassword, signInToConsole, test } from './pages/console/consoleFixtures';
import { bearerOf } from './pages/console/flows';
import { chooseLanguage } from './pages/console/language';

type Tree = { [key: string]: string | Tree };
const locale = (lng: string, ns: string) => JSON.parse(readFileSync(join(import.meta.dirname, `../locales/${lng}/${ns}.json`), 'utf8')) as Tree;
const sqReports = locale('sq', 'reports') as { export: Record<string, string>; table: Record<string, string> };
const TIME_ZONE = 'Europe/Tirane';

/** A session as a tablet records it, on the given local day (written with its offset, never converted). */
function session(centreId: string, deviceId: string, volunteerId: string, day: string) {
  return {
    id: randomUUID(),
    centreId,
    volunteerId,
    deviceId,
    occurredAt: `${day}T10:30:00+01:00`,
    durationMin: 15,
    channel: 'walk_in',
    requester: 'citizen',
    services: [{ serviceCode: 'AL-CIVIL-BIRTH-CERT', outcome: 'completed' }],
    gender: 'female',
    ageBand: '25_34',
    groups: ['rural'],
    firstVisit: 'yes',
  };
}

test('a coordinator of two centres reads last week, locks it and downloads CSV and XLSX', async ({ page, api, admin }) => {
  test.slow();
  const tag = randomBytes(3).toString('hex').toUpperCase();
  const adminAuth = await bearerOf(api, admin);
  const ok = async (answer: Awaited<ReturnType<typeof api.post>>, status: number) => {
    expect(answer.status(), await answer.text()).toBe(status);
    return (await answer.json()) as Record<string, unknown>;
  };

  // Two centres, and a coordinator of both (invited by the admin, accepted with their own password).
  const centres: { id: string; name: string }[] = [];
  for (const name of [`Qendra Lezhë ${tag}`, `Qendra Kukës ${tag}`]) {
    const centre = await ok(await api.post('/api/admin/centres', { headers: adminAuth, data: { name, country: 'AL', municipality: 'Lezhë', kind: 'fixed', timeZone: TIME_ZONE } }), 201);
    centres.push({ id: String(centre.id), name });
  }
  const invite = await ok(
    await api.post('/api/admin/users/invite', { headers: adminAuth, data: { displayName: `Koordinatore ${tag}`, role: 'coordinator', centreIds: centres.map((c) => c.id) } }),
    201,
  );
  const coordinator = { login: `koord.${tag.toLowerCase()}`, password: newPassword() };
  await ok(await api.post('/api/auth/accept-invite', { data: { inviteCode: invite.inviteCode, ...coordinator } }), 201);

  // A tablet per centre, the coordinator signed in on each, sessions of last week pushed from both.
  const week = lastCompleteWeek(new Date(), TIME_ZONE);
  const { start } = weekRange(week);
  const dayOf = (offset: number) => {
    const date = new Date(`${start}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + offset);
    return date.toISOString().slice(0, 10);
  };
  const perCentre = [6, 2];
  for (const [i, centre] of centres.entries()) {
    const code = await ok(await api.post('/api/admin/devices/enrolment-codes', { headers: adminAuth, data: { centreId: centre.id, label: `Tablet ${i + 1}` } }), 201);
    const device = await ok(await api.post('/api/devices/enrol', { data: { enrolmentCode: code.enrolmentCode, label: `Tablet ${i + 1}` } }), 201);
    const deviceId = String(device.deviceId);
    const deviceToken = String(device.deviceToken);
    const signedIn = await ok(await api.post('/api/auth/sign-in', { headers: { 'x-ura-device': deviceToken }, data: coordinator }), 200);
    const actorId = (signedIn.user as { id: string }).id;
    const mutations = Array.from({ length: perCentre[i]! }, (_, n) => {
      const data = session(centre.id, deviceId, actorId, dayOf(n % 5));
      return { mutationId: randomUUID(), deviceSeq: n + 1, payloadVersion: SESSION_SCHEMA_VERSION, actorId, type: 'session.create', recordId: data.id, data };
    });
    const pushed = await ok(await api.post('/api/sync/v1/push', { headers: { authorization: `Bearer ${deviceToken}` }, data: { deviceId, batchId: randomUUID(), mutations } }), 200);
    expect((pushed.results as { status: string }[]).map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
  }

  // The coordinator's report screen opens on last week with both centres.
  await signInToConsole(page, coordinator);
  await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Weekly report', level: 1 })).toBeVisible();
  await expect(page.getByLabel('ISO week')).toHaveValue(week);
  await expect(page.getByTestId('report-total')).toHaveText('8 sessions');
  const byCentre = page.getByRole('table', { name: 'Sessions by centre' });
  await expect(byCentre.getByRole('row', { name: new RegExp(centres[0]!.name) })).toContainText('6');
  await expect(byCentre.getByRole('row', { name: new RegExp(centres[1]!.name) })).toContainText('2');
  await expect(page.getByRole('table', { name: 'Sessions by group' })).toBeVisible();
  await expect(page.getByText('A session can be in several groups')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Totals and the change from the previous week' }).getByRole('row', { name: /Sessions/ })).toContainText('+8');
  // E-services by name, charts beside the tables.
  await expect(page.getByRole('table', { name: 'Services by e-service' }).getByRole('row', { name: /birth certificate/i })).toContainText('8');
  await expect(page.getByRole('img', { name: 'Chart: Sessions by centre. The numbers are in the table below.' })).toBeVisible();

  // Any subset of the coordinator's centres: untick the second, then back to all.
  const centresPicker = page.getByRole('group', { name: 'Centres' });
  await centresPicker.getByRole('checkbox', { name: centres[1]!.name }).uncheck();
  await expect(page.getByTestId('report-total')).toHaveText('6 sessions');
  await expect(page).toHaveURL(new RegExp(`centres=${centres[0]!.id}`));
  await expect(byCentre.getByRole('row', { name: new RegExp(centres[1]!.name) })).toHaveCount(0);
  await expect(centresPicker.getByRole('checkbox', { name: centres[0]!.name })).toBeDisabled(); // the last one stays
  await centresPicker.getByRole('button', { name: 'All my centres' }).click();
  await expect(page.getByTestId('report-total')).toHaveText('8 sessions');

  expect(await seriousViolations(page)).toEqual([]);

  // Lock the week, after a confirmation.
  await page.getByRole('button', { name: 'Lock this week' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Lock this week' }).click();
  await expect(page.getByText('This week is locked as reported.')).toBeVisible();

  // Downloads, in Albanian: k 10 is recommended (a sensitive group is a table's row).
  await chooseLanguage(page, 'sq');
  await expect(page.getByText('rekomandohet 10')).toBeVisible();
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Shkarko CSV' }).click()]);
  const csvBytes = readFileSync(await csvDownload.path());
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = csvBytes.subarray(3).toString('utf8');
  expect(csv).toContain(sqReports.export.title!);
  expect(csv).toContain(sqReports.table.sessions_by_centre!);
  expect(csv).toContain(sqReports.export.hidden!);
  expect(csv).toContain('Certifikatë lindjeje'); // e-services by their catalogue name in the chosen language
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);

  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Shkarko Excel (XLSX)' }).click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const files = unzipSync(new Uint8Array(readFileSync(await xlsxDownload.path())));
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  expect(sheetNames).toContain(sqReports.export.notesSheet);
  expect(sheetNames).toContain(sqReports.export.donorSheet);
  const xml = Object.entries(files)
    .filter(([name]) => name.startsWith('xl/'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
  // The centre of 2 sessions is hidden (marked), never written as 0; the week's 8 sessions are a number.
  expect(xml).toContain(sqReports.export.hidden!);
  expect(xml).toMatch(/<v>8<\/v>/);
});
