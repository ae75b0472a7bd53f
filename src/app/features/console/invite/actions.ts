import type { UserView } from '../../../../shared/auth/api';
import { acceptInvite } from '../../../api/auth';
import { consoleSession } from '../../../api/consoleSession';
import { hasErrors, validateAccount, type AccountErrors, type AccountInput } from '../accountValidation';
import { fieldOfError, problemOf, type Problem } from '../problems';

export type AcceptResult =
  | { status: 'accepted'; user: UserView }
  | { status: 'invalid'; errors: AccountErrors }
  | { status: 'failed'; problem: Problem; errors: AccountErrors };

const FIELD_OF_CODE = { LOGIN_TAKEN: 'login', WEAK_PASSWORD: 'password' } as const;

/**
 * Turns an invite into an account. Coordinators and admins stay signed in to the console; a volunteer
 * works on a tablet, so their console session is ended at once.
 */
export async function acceptInvitation(inviteCode: string, input: AccountInput): Promise<AcceptResult> {
  const errors = validateAccount(input);
  if (hasErrors(errors)) return { status: 'invalid', errors };
  try {
    const tokens = await acceptInvite({ inviteCode, login: input.login.trim().toLowerCase(), password: input.password });
    consoleSession.begin(tokens);
    if (tokens.user.role === 'volunteer') await consoleSession.signOut();
    return { status: 'accepted', user: tokens.user };
  } catch (error) {
    const problem = problemOf(error);
    const field = fieldOfError(error, FIELD_OF_CODE);
    return { status: 'failed', problem, errors: field ? { [field]: problem.key } : {} };
  }
}
