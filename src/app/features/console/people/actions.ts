import type { InviteCreated, UserView } from '../../../../shared/auth/api';
import type { Role } from '../../../../shared/auth/roles';
import { invitePerson, resetPin, updatePerson } from '../../../api/admin';
import { validateDisplayName } from '../accountValidation';
import { runSave, type FieldErrors, type SaveResult } from '../saveResult';

export type PersonDraft = { displayName: string; role: Role; centreIds: string[] };

export function validatePerson(draft: PersonDraft): FieldErrors {
  const errors: FieldErrors = {};
  const name = validateDisplayName(draft.displayName);
  if (name) errors.displayName = name;
  if (draft.role !== 'admin' && draft.centreIds.length === 0) errors.centreIds = 'admin:errors.field.centres';
  return errors;
}

/** An invite: a one-time code the person uses to choose their login and password (valid 7 days). */
export async function invite(draft: PersonDraft): Promise<SaveResult<InviteCreated>> {
  const errors = validatePerson(draft);
  if (Object.keys(errors).length > 0) return { status: 'invalid', errors };
  return runSave(() => invitePerson({ displayName: draft.displayName.trim(), role: draft.role, centreIds: draft.centreIds }));
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Sends only what changed, so the audit log says exactly that (a role change, a centre change). */
export async function savePerson(person: UserView, draft: PersonDraft): Promise<SaveResult<UserView>> {
  const errors = validatePerson(draft);
  if (Object.keys(errors).length > 0) return { status: 'invalid', errors };
  const name = draft.displayName.trim();
  const patch = {
    ...(name !== person.displayName ? { displayName: name } : {}),
    ...(draft.role !== person.role ? { role: draft.role } : {}),
    ...(!sameSet(draft.centreIds, person.centreIds) ? { centreIds: draft.centreIds } : {}),
  };
  if (Object.keys(patch).length === 0) return { status: 'saved', value: person };
  return runSave(() => updatePerson(person.id, patch));
}

/** Disabling ends the person's sessions at once; enabling lets them sign in again. */
export function setDisabled(person: UserView, isDisabled: boolean): Promise<SaveResult<UserView>> {
  return runSave(() => updatePerson(person.id, { isDisabled }));
}

export function resetPersonPin(person: UserView): Promise<SaveResult<UserView>> {
  return runSave(() => resetPin(person.id));
}
