import type { UserView } from '../../../../shared/auth/api';
import { signIn } from '../../../api/auth';
import { consoleSession } from '../../../api/consoleSession';
import { problemOf, type Problem } from '../problems';

export type SignInResult = { status: 'signedIn'; user: UserView } | { status: 'failed'; problem: Problem };

/** Every wrong login, password or disabled account gets the one generic message (the server tells nothing more). */
export async function signInToConsole(login: string, password: string): Promise<SignInResult> {
  try {
    const user = consoleSession.begin(await signIn({ login: login.trim().toLowerCase(), password }));
    return { status: 'signedIn', user };
  } catch (error) {
    return { status: 'failed', problem: problemOf(error) };
  }
}

export function signOutOfConsole(): Promise<void> {
  return consoleSession.signOut();
}

export function restoreConsoleSession(): Promise<void> {
  return consoleSession.restore();
}
