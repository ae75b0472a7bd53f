import { fieldOfError, problemOf, type Problem } from './problems';

export type FieldErrors = Partial<Record<string, string>>;

/** What a console action answers: "saved" only once the server has answered with the saved record. */
export type SaveResult<T> = { status: 'saved'; value: T } | { status: 'invalid'; errors: FieldErrors } | { status: 'failed'; problem: Problem; errors: FieldErrors };

/** Runs a server call; a known error code is also pinned to its field (e.g. ALREADY_EXISTS → code). */
export async function runSave<T>(call: () => Promise<T>, fieldOfCode: Partial<Record<string, string>> = {}): Promise<SaveResult<T>> {
  try {
    return { status: 'saved', value: await call() };
  } catch (error) {
    const problem = problemOf(error);
    const field = fieldOfError(error, fieldOfCode);
    return { status: 'failed', problem, errors: field ? { [field]: problem.key } : {} };
  }
}
