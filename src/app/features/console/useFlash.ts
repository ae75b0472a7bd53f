import { useCallback, useEffect, useState } from 'react';

const SHOWN_MS = 5000;

/** A short confirmation ("Saved") that goes away by itself; the screen shows it in a polite live region. */
export function useFlash(): [string | null, (message: string) => void, () => void] {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (message === null) return;
    const timer = setTimeout(() => setMessage(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const clear = useCallback(() => setMessage(null), []);
  return [message, setMessage, clear];
}
