import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { appendToast } from '../../ui/Toast';

export type SaveBarHandle = {
  /**
   * The tap. Nothing changes on screen at once: a save commits in a few tens of milliseconds, and any
   * render or style change would hold up its transaction's events on the page's one thread. A save still
   * running after a moment shows "Saving…" on a disabled button, and an earlier "Saved" goes.
   */
  showSaving: () => void;
  /**
   * The save committed: a new "Saved" replaces any earlier one at once, put on the page without a render
   * (the save latency budget); the form holds off a second tap until `showReady`.
   */
  showSaved: () => void;
  /** The save was refused (invalid input, a failed write): an earlier "Saved" goes, the button is back. */
  showRefused: () => void;
  /** The form can be saved again, once a saved one has been cleared. */
  showReady: () => void;
};

type Status = 'ready' | 'saving';

const NOTICE_MS = 4000;
/** Under this, "Saving…" would only flicker before "Saved" (about the delay people notice as a wait). */
const SAVING_SHOWN_AFTER_MS = 300;

/**
 * The Save button and the "Saved" notice. A tap renders nothing, and "Saved" is a new live region per
 * save (announced again, even within 4 s) put on the page directly: neither re-renders the form.
 */
export function SaveBar({ ref }: { ref: Ref<SaveBarHandle> }) {
  const { t } = useTranslation('common');
  const [status, setStatus] = useState<Status>('ready');
  const noticeHost = useRef<HTMLDivElement>(null);
  const removeNotice = useRef<() => void>(undefined);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const savingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useImperativeHandle(ref, () => {
    const hideNotice = () => {
      clearTimeout(noticeTimer.current);
      removeNotice.current?.();
      removeNotice.current = undefined;
    };
    return {
      showSaving: () => {
        clearTimeout(savingTimer.current);
        savingTimer.current = setTimeout(() => {
          hideNotice();
          setStatus('saving');
        }, SAVING_SHOWN_AFTER_MS);
      },
      showSaved: () => {
        clearTimeout(savingTimer.current);
        hideNotice();
        if (!noticeHost.current) return;
        removeNotice.current = appendToast(noticeHost.current, t('status.saved'));
        noticeTimer.current = setTimeout(hideNotice, NOTICE_MS);
      },
      showRefused: () => {
        clearTimeout(savingTimer.current);
        hideNotice();
        setStatus('ready');
      },
      showReady: () => {
        clearTimeout(savingTimer.current);
        setStatus('ready');
      },
    };
  }, [t]);

  useEffect(
    () => () => {
      clearTimeout(noticeTimer.current);
      clearTimeout(savingTimer.current);
    },
    [],
  );

  return (
    <>
      <Button type="submit" variant="primary" isBig disabled={status === 'saving'}>
        {status === 'saving' ? t('status.saving') : t('actions.save')}
      </Button>
      <div ref={noticeHost} />
    </>
  );
}
