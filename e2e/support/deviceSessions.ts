import type { Page } from '@playwright/test';

export type StoredSession = { id: string; notes?: string };

/**
 * The sessions the tablet holds (not deleted), read straight from IndexedDB ('ura' → sessions) with no app
 * code: what a restarted app would find on disk.
 */
export async function storedSessions(page: Page): Promise<StoredSession[]> {
  return page.evaluate(
    () =>
      new Promise<StoredSession[]>((resolve, reject) => {
        const open = indexedDB.open('ura');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('sessions').objectStore('sessions').getAll();
          all.onsuccess = () => {
            db.close();
            const rows = all.result as { id: string; notes?: string; deletedAt?: string }[];
            resolve(rows.filter((s) => !s.deletedAt).map((s) => ({ id: s.id, notes: s.notes })));
          };
          all.onerror = () => reject(all.error ?? new Error('IndexedDB read failed'));
        };
      }),
  );
}
