import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getDb } from '../../db/AppDb';
import { readLocalWindowDays } from '../../db/localWindowDays';
import { outboxSummary, pendingRecordIds } from '../../db/outbox';
import { getQuotaNotice, subscribeQuotaNotice } from '../../db/quotaNotices';
import { readSyncMeta } from '../../db/syncMeta';
import { lastPersistAnswer } from '../../pwa/persist';
import type { StorageFacts } from './warnings';

type BrowserStorage = Pick<StorageFacts, 'usage' | 'quota' | 'isPersisted' | 'persistAnswer'>;
const UNKNOWN: BrowserStorage = { usage: null, quota: null, isPersisted: null, persistAnswer: null };
const REFRESH_MS = 30_000;

async function readBrowserStorage(): Promise<BrowserStorage> {
  const storage = navigator.storage as StorageManager | undefined;
  const [estimate, isPersisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => null) : null,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, isPersisted, persistAnswer: lastPersistAnswer() };
}

/** The browser's answer on space and protection, refreshed every 30 s and on `refresh()`. */
function useBrowserStorage(): [BrowserStorage, () => void] {
  const [info, setInfo] = useState<BrowserStorage>(UNKNOWN);
  const refresh = useCallback(() => void readBrowserStorage().then(setInfo), []);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  return [info, refresh];
}

/** Everything the diagnostics screen and the warnings need; undefined while the first read runs. */
export function useStorageFacts(): { facts: StorageFacts | undefined; refresh: () => void } {
  const [browser, refresh] = useBrowserStorage();
  const local = useLiveQuery(async () => {
    const db = getDb();
    const [ids, summary, meta, localWindowDays] = await Promise.all([pendingRecordIds(), outboxSummary(), readSyncMeta(db), readLocalWindowDays(db)]);
    return { pendingSessions: ids.size, oldestPendingAt: summary.oldestCreatedAt, lastSyncedAt: meta.lastSyncedAt ?? null, localWindowDays };
  }, []);
  return { facts: local && { ...browser, ...local }, refresh };
}

export function useQuotaNotice() {
  return useSyncExternalStore(subscribeQuotaNotice, getQuotaNotice);
}
