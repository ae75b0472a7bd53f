import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Toast } from '../../ui/Toast';

export type SaveBarHandle = {
  /** The tap: "Saving…" on a disabled button; an earlier "Saved" goes. */
  showSaving: () => void;
  /** The save committed: "Saved" is announced; the button stays disabled until `showReady`. */
  showSaved: () => void;
  /** The form can be saved again (after a refused save, or once a saved one has been cleared). */
  showReady: () => void;
};

type Status = 'ready' | 'saving';

const NOTICE_MS = 4000;

/**
 * The Save button and the "Saved" notice, with a state of their own: a tap and its "Saved" re-render
 * only these, not the form around them (the save latency budget, issue 2).
 */
export function SaveBar({ ref }: { ref: Ref<SaveBarHandle> }) {
  const { t } = useTranslation('common');
  const [status, setStatus] = useState<Status>('ready');
  const [isNoticeShown, setIsNoticeShown] = useState(false);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(noticeTimer.current), []);

  useImperativeHandle(
    ref,
    () => ({
      showSaving: () => {
        clearTimeout(noticeTimer.current);
        setIsNoticeShown(false);
        setStatus('saving');
      },
      showSaved: () => {
        setIsNoticeShown(true);
        // One timer at a time: an earlier save's timer must not hide this save's "Saved".
        clearTimeout(noticeTimer.current);
        noticeTimer.current = setTimeout(() => setIsNoticeShown(false), NOTICE_MS);
      },
      showReady: () => setStatus('ready'),
    }),
    [],
  );

  return (
    <>
      <Button type="submit" variant="primary" isBig disabled={status !== 'ready'}>
        {status === 'ready' ? t('actions.save') : t('status.saving')}
      </Button>
      {isNoticeShown && <Toast>{t('status.saved')}</Toast>}
    </>
  );
}
