import type { ReactNode } from 'react';

/** A polite live region: screen readers announce "Saved" without moving focus. */
export function Toast({ children }: { children: ReactNode }) {
  return (
    <div className="toast" role="status" aria-live="polite">
      {children}
    </div>
  );
}
