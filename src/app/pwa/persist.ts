// Eviction protection for weeks offline (DESIGN.md §4): ask at setup/enrolment and after install,
// remember the answer so diagnostics can tell "refused" from "never asked".

export type PersistAnswer = 'granted' | 'refused' | 'unsupported';
const ANSWER_KEY = 'ura.persistAnswer';

/**
 * Asks the browser to keep this origin's data under storage pressure. Call it at setup or enrolment
 * (from the tap that completes it) and after install. Never throws; resolves to whether data is protected.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return remember('unsupported');
  try {
    const isPersisted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    return remember(isPersisted ? 'granted' : 'refused');
  } catch {
    return remember('refused');
  }
}

/** The last answer on this tablet, or null when the app never asked. */
export function lastPersistAnswer(): PersistAnswer | null {
  const value = safeStorage()?.getItem(ANSWER_KEY);
  return value === 'granted' || value === 'refused' || value === 'unsupported' ? value : null;
}

/** Asks again once the app is installed (browsers grant installed apps more readily), and at start when running installed. */
export function askPersistenceWhenInstalled(): void {
  window.addEventListener('appinstalled', () => void requestPersistentStorage());
  const isStandalone = window.matchMedia?.('(display-mode: standalone)').matches ?? false;
  if (isStandalone && lastPersistAnswer() !== 'granted') void requestPersistentStorage();
}

function remember(answer: PersistAnswer): boolean {
  safeStorage()?.setItem(ANSWER_KEY, answer);
  return answer === 'granted';
}

function safeStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null; // storage blocked by the browser: the answer is simply not remembered
  }
}
