import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Toast } from '../../ui/Toast';

export type SaveBarHandle = {
  /**
   * The tap. Nothing changes on screen at once: a save commits in a few tens of milliseconds, and any
   * render or style change would hold up its transaction's events on the page's one thread. A save still
   * running after a moment shows "Saving…" on a disabled button, and an earlier "Saved" goes.
   */
  showSaving: () => void;
  /** The save committed: a new "Saved" replaces any earlier one; the button stays disabled until `showReady`. */
  showSaved: () => void;
  /** The save was refused (invalid input, a failed write): an earlier "Saved" goes, the button is back. */
  showRefused: () => void;
  /** The form can be saved again, once a saved one has been cleared. */
  showReady: () => void;
};

type Status = 'ready' | 'saving' | 'saved';

const NOTICE_MS = 4000;
/** Under this, "Saving…" would only flicker before "Saved" (about the delay people notice as a wait). */
const SAVING_SHOWN_AFTER_MS = 300;

/**
 * The Save button and the "Saved" notice, with a state of their own: a tap and its "Saved" re-render
 * only these, not the form around them (the save latency budget, issue 2).
 */
export function SaveBar({ ref }: { ref: Ref<SaveBarHandle> }) {
  const { t } = useTranslation('common');
  const [status, setStatus] = useState<Status>('ready');
  const [notice, setNotice] = useState(0);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const savingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(
    () => () => {
      clearTimeout(noticeTimer.current);
      clearTimeout(savingTimer.current);
    },
    [],
  );

  useImperativeHandle(
    ref,
    () => ({
      showSaving: () => {
        clearTimeout(savingTimer.current);
        savingTimer.current = setTimeout(() => {
          clearTimeout(noticeTimer.current);
          setNotice(0);
          setStatus('saving');
        }, SAVING_SHOWN_AFTER_MS);
      },
      showSaved: () => {
        clearTimeout(savingTimer.current);
        setStatus('saved');
        setNotice((n) => n + 1); // a new element per save: announced again, even within 4 s
        // One timer at a time: an earlier save's timer must not hide this save's "Saved".
        clearTimeout(noticeTimer.current);
        noticeTimer.current = setTimeout(() => setNotice(0), NOTICE_MS);
      },
      showRefused: () => {
        clearTimeout(savingTimer.current);
        clearTimeout(noticeTimer.current);
        setNotice(0);
        setStatus('ready');
      },
      showReady: () => {
        clearTimeout(savingTimer.current);
        setStatus('ready');
      },
    }),
    [],
  );

  return (
    <>
      <Button type="submit" variant="primary" isBig disabled={status !== 'ready'}>
        {status === 'saving' ? t('status.saving') : t('actions.save')}
      </Button>
      {notice > 0 && <Toast key={notice}>{t('status.saved')}</Toast>}
    </>
  );
}
