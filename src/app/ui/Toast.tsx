import type { ReactNode } from 'react';

const CLASS = 'toast';

/** A polite live region: screen readers announce "Saved" without moving focus. */
export function Toast({ children }: { children: ReactNode }) {
  return (
    <div className={CLASS} role="status" aria-live="polite">
      {children}
    </div>
  );
}

/**
 * The same toast put into `host` straight away, without a render (for a notice on a latency budget: a
 * render would delay it). Returns its removal. `host` is an element React renders empty and never fills.
 */
export function appendToast(host: HTMLElement, text: string): () => void {
  const toast = document.createElement('div');
  toast.className = CLASS;
  toast.setAttribute('role', 'status');
  toast.setAttribute('aria-live', 'polite');
  toast.textContent = text;
  host.append(toast);
  return () => toast.remove();
}
