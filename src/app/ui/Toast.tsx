import type { ReactNode, Ref } from 'react';

/** A polite live region: screen readers announce "Saved" without moving focus. */
export function Toast({ children, ref }: { children: ReactNode; ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} className="toast" role="status" aria-live="polite">
      {children}
    </div>
  );
}
