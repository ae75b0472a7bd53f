import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { CentresPage } from './CentresPage';
import { ConsoleNav } from './ConsoleNav';
import { DevicesPage } from './DevicesPage';

/** Makes two centres as the admin; answers their names and the second one's id. */
export async function twoCentres(page: Page, tag: string) {
  const nav = new ConsoleNav(page);
  const names = { own: `ADISA Shkodër ${tag}`, other: `Info-pika Prizren ${tag}` };
  const centres = new CentresPage(page);
  await nav.go('Centres', 'Centres');
  await centres.add({ name: names.own, country: 'AL', municipality: 'Shkodër', kind: 'Fixed desk' });
  await expect(nav.saved).toBeVisible();
  await centres.add({ name: names.other, country: 'XK', municipality: 'Prizren', kind: 'Mobile team' });
  await expect(centres.row(names.own)).toContainText('Albania');
  await expect(centres.row(names.own)).toContainText('Fixed desk');
  await nav.go('Devices', 'Devices');
  const devices = new DevicesPage(page);
  await devices.chooseCentre(names.other);
  return { ...names, otherId: devices.centreIdInUrl() };
}

/** The Authorization header of a fresh API sign-in (a session of its own, apart from the browser's). */
export async function bearerOf(api: APIRequestContext, account: { login: string; password: string }): Promise<Record<string, string>> {
  const answer = await api.post('/api/auth/sign-in', { data: { login: account.login, password: account.password } });
  expect(answer.status()).toBe(200);
  const { accessToken } = (await answer.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}
