/**
 * A polite live region that is always in the page, so screen readers announce a message put into it
 * ("Saved"); the message shows like a toast while it lasts.
 */
export function FlashStatus({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" className="flash-region">
      {message && <span className="flash">{message}</span>}
    </div>
  );
}
