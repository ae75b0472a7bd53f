import { useSyncExternalStore } from 'react';
import { consoleSession, type ConsoleSnapshot } from '../../api/consoleSession';

/** The console's sign-in state; re-renders when someone signs in or out or the session ends. */
export function useConsoleSession(): ConsoleSnapshot {
  return useSyncExternalStore(consoleSession.subscribe, consoleSession.getSnapshot);
}
