import { z } from 'zod';

/** Field → translation key of the first problem with it. */
export type FormErrors = Partial<Record<string, string>>;

const KNOWN_CODE = /^[a-z_]+$/;

/** The form's errors when `error` is the shared schema's verdict on a candidate (thrown by the db layer), else null. */
export function formErrorsOf(error: unknown): FormErrors | null {
  return error instanceof z.core.$ZodError ? toFormErrors(error.issues) : null;
}

/** Our schemas name each rule with a code ("services_required"); anything else is a generic message. */
export function toFormErrors(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = issueField(issue.path);
    const code = KNOWN_CODE.test(issue.message) ? issue.message : 'invalid';
    errors[field] ??= `session:validation.${code}`;
  }
  return errors;
}

/** "services.1.blocker" for a blocker, the top-level field otherwise. */
function issueField(path: readonly PropertyKey[]): string {
  if (path[0] === 'services' && path.length >= 3) return `services.${String(path[1])}.${String(path[2])}`;
  return String(path[0] ?? 'form');
}
