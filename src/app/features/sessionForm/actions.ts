import { uuidv7 } from '../../../shared/ids';
import { draftKey } from '../../db/drafts';
import { createSession, updateSession } from '../../db/sessions';
import { withReopen } from '../../db/lifecycle';
import { withQuotaRescue } from '../../db/quota';
import { recordServiceUse } from '../../db/serviceUsage';
import { toCandidate, type Identity, type SessionDraft } from './formState';
import { formErrorsOf, type FormErrors } from './validation';

export type SaveResult = { status: 'saved'; id: string } | { status: 'invalid'; errors: FormErrors } | { status: 'failed'; reason: string };

/**
 * Stores; "saved" is returned only after the strict transaction has committed. The db layer validates
 * with the shared schema (once per save: it is on the save latency budget), bad input comes back as errors.
 */
export async function saveSession(draft: SessionDraft, who: Identity, formId: string, existingId?: string): Promise<SaveResult> {
  const id = existingId ?? uuidv7();
  const candidate = toCandidate(draft, id, who);
  try {
    const write = existingId ? updateSession : createSession;
    // Storage full: frees synced and cached data, retries once, and tells the volunteer (QuotaNotice).
    await withQuotaRescue(() => withReopen(() => write(candidate, draftKey(formId))));
    return { status: 'saved', id };
  } catch (error) {
    const errors = formErrorsOf(error);
    if (errors) return { status: 'invalid', errors };
    return { status: 'failed', reason: isQuotaError(error) ? 'common:errors.storageFull' : 'common:errors.saveFailed' };
  }
}

/**
 * After "Saved" shows: counts the services for "recent and frequent first". Never fails the save: a count
 * that cannot be written is logged, and the list keeps its order.
 */
export function noteServicesUsed(saved: SessionDraft): Promise<void> {
  return recordServiceUse(saved.services.map((s) => s.serviceCode)).catch((error: unknown) => {
    console.error('service usage not recorded', error);
  });
}

/** QuotaExceededError arrives bare or wrapped (Dexie puts the DOM error in `inner`). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
