import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { test as base } from '../../fixtures';
import { ConsoleNav } from './ConsoleNav';
import { ConsoleSignInPage } from './ConsoleSignInPage';

/*
 * The server lets setup happen once per database, and the whole run shares one server. The first
 * admin is made once (through the setup page's API, with the code the server wrote to SETUP_CODE_FILE)
 * and its generated password kept in a file in the E2E data dir, so a restarted worker signs in again.
 */

export type Account = { displayName: string; login: string; password: string };

const dataDir = () => {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set (playwright.config.ts sets it)');
  return dir;
};
const accountFile = () => join(dataDir(), 'console-admin.json');

export function setupCode(): string {
  return readFileSync(join(dataDir(), 'setup-code'), 'utf8').trim();
}

export function newPassword(): string {
  return `e2e ${randomBytes(12).toString('base64url')}`;
}

/** Remembers the first admin for later tests and workers (the file is the E2E run's own, mode 0600). */
export function rememberAdmin(admin: Account): void {
  writeFileSync(accountFile(), JSON.stringify(admin), { mode: 0o600 });
}

export async function needsSetup(api: APIRequestContext): Promise<boolean> {
  const status = (await (await api.get('/api/auth/status')).json()) as { needsSetup: boolean };
  return status.needsSetup;
}

async function ensureAdmin(api: APIRequestContext): Promise<Account> {
  if (existsSync(accountFile())) return JSON.parse(readFileSync(accountFile(), 'utf8')) as Account;
  if (!(await needsSetup(api))) throw new Error('The server has an admin but its password is not in the E2E data dir');
  const admin: Account = { displayName: 'Drita Admin', login: 'drita.admin', password: newPassword() };
  const answer = await api.post('/api/auth/setup', { data: { setupCode: setupCode(), ...admin } });
  if (answer.status() !== 201) throw new Error(`setup failed: ${answer.status()} ${await answer.text()}`);
  rememberAdmin(admin);
  return admin;
}

export async function signInToConsole(page: Page, account: Pick<Account, 'login' | 'password'>): Promise<void> {
  const signIn = new ConsoleSignInPage(page);
  await signIn.open();
  await signIn.signIn(account.login, account.password);
}

type WorkerFixtures = { admin: Account; api: APIRequestContext };
type TestFixtures = { adminPage: Page; nav: ConsoleNav };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  api: [
    async ({ playwright }, use, workerInfo) => {
      const api = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      await use(api);
      await api.dispose();
    },
    { scope: 'worker' },
  ],
  admin: [async ({ api }, use) => use(await ensureAdmin(api)), { scope: 'worker' }],
  /** A fresh browser context, in English, with the admin signed in to the console. */
  adminPage: async ({ page, admin }, use) => {
    await signInToConsole(page, admin);
    await use(page);
  },
  nav: async ({ page }, use) => use(new ConsoleNav(page)),
});

export { expect } from '@playwright/test';
