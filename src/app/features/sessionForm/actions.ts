import { uuidv7 } from '../../../shared/ids';
import { draftKey } from '../../db/drafts';
import { createSession, updateSession } from '../../db/sessions';
import { withReopen } from '../../db/lifecycle';
import { toCandidate, type Identity, type SessionDraft } from './formState';
import { validateCandidate, type FormErrors } from './validation';

export type SaveResult = { status: 'saved'; id: string } | { status: 'invalid'; errors: FormErrors } | { status: 'failed'; reason: string };

/** Validates and stores; "saved" is returned only after the strict transaction has committed. */
export async function saveSession(draft: SessionDraft, who: Identity, formId: string, existingId?: string): Promise<SaveResult> {
  const id = existingId ?? uuidv7();
  const checked = validateCandidate(toCandidate(draft, id, who));
  if (checked.errors) return { status: 'invalid', errors: checked.errors };
  try {
    const write = existingId ? updateSession : createSession;
    await withReopen(() => write(checked.session, draftKey(formId)));
    return { status: 'saved', id };
  } catch (error) {
    return { status: 'failed', reason: isQuotaError(error) ? 'common:errors.storageFull' : 'common:errors.saveFailed' };
  }
}

/** QuotaExceededError arrives bare or wrapped (Dexie puts the DOM error in `inner`). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
