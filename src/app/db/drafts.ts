import { getDb } from './AppDb';

// A form's unsaved input, kept across reloads, validation errors and app updates.
// The key is cleared in the same transaction that saves the session (see sessions.ts).

export function draftKey(formId: string): string {
  return `draft:${formId}`;
}

export async function saveDraft(formId: string, value: unknown): Promise<void> {
  await getDb().meta.put({ key: draftKey(formId), value: { value, savedAt: Date.now() } });
}

export async function loadDraft<T>(formId: string): Promise<T | undefined> {
  const row = await getDb().meta.get(draftKey(formId));
  return (row?.value as { value: T } | undefined)?.value;
}

export async function clearDraft(formId: string): Promise<void> {
  await getDb().meta.delete(draftKey(formId));
}
