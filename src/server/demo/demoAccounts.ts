import type { DemoNetwork } from '../../shared/demo';
import { hashPassword } from '../auth/passwords';
import { newCode } from '../auth/tokens';
import type { Store } from '../store/types';

/** A demo person who may sign in, with the password made for this start. */
export type DemoAccount = { role: 'admin' | 'coordinator'; login: string; password: string; centre?: string };

/**
 * Gives the demo admin and one demo coordinator new random passwords (16 characters from the code
 * alphabet, ~79 bits) at every start and signs them out everywhere. The passwords are returned to be
 * printed once; only their scrypt hashes are stored. There is no default password.
 */
export async function resetDemoAccounts(store: Store, network: DemoNetwork, at: string): Promise<DemoAccount[]> {
  const admin = network.users.find((u) => u.role === 'admin');
  const centre = network.centres[0];
  const coordinator = network.users.find(
    (u) => u.role === 'coordinator' && centre !== undefined && u.centreIds.includes(centre.centre.id),
  );
  if (!admin || !coordinator || !centre) throw new Error('the demo network has no admin or coordinator');
  const accounts: DemoAccount[] = [];
  for (const [user, role] of [
    [admin, 'admin'],
    [coordinator, 'coordinator'],
  ] as const) {
    const password = newCode(16);
    await store.users.update(user.id, { passwordHash: await hashPassword(password) });
    await store.sessions.revokeAllOf(user.id, at);
    accounts.push({
      role,
      login: user.login,
      password,
      ...(role === 'coordinator' ? { centre: centre.centre.name } : {}),
    });
  }
  return accounts;
}

/** What `npm run demo` prints once, to the console (never to the log). */
export function demoBox(accounts: readonly DemoAccount[], baseUrl: string, databasePath: string): string {
  const lines = [
    `Ura demo: ${baseUrl}  (demo data in ${databasePath}, never your real database)`,
    '',
    `Sign in at ${baseUrl}/console/sign-in with:`,
    ...accounts.map(
      (a) => `  ${a.role.padEnd(12)} ${a.login.padEnd(18)} ${a.password}${a.centre ? `   (${a.centre})` : ''}`,
    ),
    '',
    'These passwords are new at every start and shown only here.',
    `A tablet: in the console, Devices → new enrolment code, then open its link (${baseUrl}/enrol#CODE)`,
    'and sign in as a volunteer the console invited (People → invite).',
    'Reports: the console, GET /api/reports, or `npm run export -- --sqlite ' + databasePath + '`.',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const bar = `+${'-'.repeat(width + 2)}+`;
  return `\n${bar}\n${lines.map((l) => `| ${l.padEnd(width)} |`).join('\n')}\n${bar}\n\n`;
}
