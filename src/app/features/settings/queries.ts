import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getCentre } from '../../db/device';

export function useCentre(id: string) {
  return useLiveQuery(() => getCentre(id), [id]);
}

export type StorageInfo = { usage: number; quota: number; isPersisted: boolean };

export function useStorageInfo(): StorageInfo | null {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  useEffect(() => {
    if (!navigator.storage?.estimate) return;
    void Promise.all([navigator.storage.estimate(), navigator.storage.persisted()]).then(([e, isPersisted]) =>
      setInfo({ usage: e.usage ?? 0, quota: e.quota ?? 0, isPersisted }),
    );
  }, []);
  return info;
}
