import { getDb } from './AppDb';
import { relaxedDurability } from './durability';

// A form's unsaved input, kept across reloads, validation errors and app updates.
// The key is cleared in the same transaction that saves the session (see sessions.ts).

export function draftKey(formId: string): string {
  return `draft:${formId}`;
}

/**
 * Written at every change of the form, so relaxed (durability.ts): a reload or a crash of the browser
 * keeps it; waiting for the disk at each tap would only hold up the Save that follows.
 */
export async function saveDraft(formId: string, value: unknown): Promise<void> {
  await relaxedDurability(() => getDb().meta.put({ key: draftKey(formId), value: { value, savedAt: Date.now() } }));
}

export async function loadDraft<T>(formId: string): Promise<T | undefined> {
  const row = await getDb().meta.get(draftKey(formId));
  return (row?.value as { value: T } | undefined)?.value;
}

export async function clearDraft(formId: string): Promise<void> {
  await getDb().meta.delete(draftKey(formId));
}
