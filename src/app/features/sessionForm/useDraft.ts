import { useEffect, useRef, useState } from 'react';
import { loadDraft, saveDraft } from '../../db/drafts';
import { setUpdateHold } from '../../pwa/updateGate';
import { isDraftEmpty, type SessionDraft } from './formState';

/**
 * The form's state, restored from the device after a reload and written back as the volunteer types,
 * so a reload, a crash or an app update never costs the input. While it holds input, updates wait.
 */
export function useDraft(formId: string, initial: () => SessionDraft) {
  const [draft, setDraft] = useState<SessionDraft | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    let isCurrent = true;
    void loadDraft<SessionDraft>(formId).then((stored) => {
      if (!isCurrent) return;
      loaded.current = true;
      setDraft(stored ?? initial());
    });
    return () => {
      isCurrent = false;
    };
    // The initial draft only matters on first load of this form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formId]);

  useEffect(() => {
    if (!draft || !loaded.current) return;
    const isDirty = !isDraftEmpty(draft);
    setUpdateHold(`form:${formId}`, isDirty);
    // Written at once, not debounced: IndexedDB runs transactions in the order they were created,
    // so the save transaction (created later, on tap) always supersedes the last draft write.
    void saveDraft(formId, draft);
  }, [draft, formId]);

  useEffect(() => () => setUpdateHold(`form:${formId}`, false), [formId]);

  return [draft, setDraft] as const;
}
