import { useCallback, useEffect, useRef, useState } from 'react';
import { problemOf, type Problem } from './problems';

type Loaded<T> = { key: string; version: number; data?: T; problem?: Problem };
export type ApiQuery<T> = { data: T | undefined; problem: Problem | undefined; isLoading: boolean; reload: () => void };

/**
 * Loads from the server when `key` changes or on reload(); keeps the last data while reloading so
 * tables do not flash. The console reads live data only (no offline copy of other people's data).
 */
export function useApiQuery<T>(key: string, load: () => Promise<T>): ApiQuery<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    let isCurrent = true;
    loadRef.current().then(
      (data) => isCurrent && setLoaded({ key, version, data }),
      (error: unknown) => isCurrent && setLoaded({ key, version, problem: problemOf(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const isCurrent = loaded?.key === key && loaded.version === version;
  return {
    data: loaded?.key === key ? loaded.data : undefined,
    problem: isCurrent ? loaded.problem : undefined,
    isLoading: !isCurrent,
    reload,
  };
}
