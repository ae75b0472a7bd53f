import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';

type Props = {
  title: string;
  /** What will happen, in plain words; may include an error message. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  isDanger?: boolean;
  isBusy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal question before a destructive action: the native <dialog> traps focus, Escape cancels,
 * and focus starts on Cancel so a stray Enter does no harm. Mounted means open.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, isDanger = false, isBusy = false, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="row dialog-actions">
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the safe choice gets focus in a confirmation */}
        <Button autoFocus onClick={onCancel} disabled={isBusy}>
          {cancelLabel}
        </Button>
        <Button variant={isDanger ? 'danger' : 'primary'} onClick={onConfirm} disabled={isBusy}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
