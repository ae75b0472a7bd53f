import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { listDeadLetters } from '../../db/outbox';
import type { SyncSnapshot } from '../../sync/state';
import { syncState } from '../../sync/syncState';

export function useSyncSnapshot(): SyncSnapshot {
  return useSyncExternalStore(syncState.subscribe, syncState.getSnapshot);
}

export function useDeadLetters() {
  return useLiveQuery(() => listDeadLetters(), [], []);
}

/** The current time, refreshed every 30 s, so "5 minutes ago" stays true on a screen left open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
