import { setUpFirstAdmin } from '../../../api/auth';
import { consoleSession } from '../../../api/consoleSession';
import { validateAccount, hasErrors, type AccountErrors, type AccountInput } from '../accountValidation';
import { fieldOfError, problemOf, type Problem } from '../problems';

export type SetupInput = AccountInput & { code: string; displayName: string };
export type FormResult<E> = { status: 'done' } | { status: 'invalid'; errors: E } | { status: 'failed'; problem: Problem; errors: E };

const FIELD_OF_CODE = { INVALID_CODE: 'code', WEAK_PASSWORD: 'password' } as const;

/** Creates the first admin with the server's one-time setup code and signs them in to the console. */
export async function setUpConsole(input: SetupInput): Promise<FormResult<AccountErrors>> {
  const errors = validateAccount(input);
  if (hasErrors(errors)) return { status: 'invalid', errors };
  try {
    const tokens = await setUpFirstAdmin({
      setupCode: input.code.trim(),
      displayName: input.displayName.trim(),
      login: input.login.trim().toLowerCase(),
      password: input.password,
    });
    consoleSession.begin(tokens);
    return { status: 'done' };
  } catch (error) {
    const problem = problemOf(error);
    const field = fieldOfError(error, FIELD_OF_CODE);
    return { status: 'failed', problem, errors: field ? { [field]: problem.key } : {} };
  }
}
