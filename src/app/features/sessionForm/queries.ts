import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../../../shared/schemas/session';
import type { Country } from '../../../shared/schemas/vocabulary';
import { catalogueFor } from '../../db/catalogue';
import { getSession, lastSessionBy, toSession } from '../../db/sessionReads';
import { serviceUsageScores } from '../../db/serviceUsage';

export function useCatalogue(country: Country) {
  return useLiveQuery(() => catalogueFor(country), [country]);
}

// Scores and the last session change when this form saves, so the form refreshes them after its "Saved"
// (see SessionForm). Live queries would re-run in the save's own task, before "Saved" could show.

const NO_SCORES: Record<string, number> = Object.freeze({});

/** Usage scores for "recent and frequent first", read on open and on `refresh()`. */
export function useServiceScores(): [Record<string, number>, () => void] {
  const [revision, refresh] = useRevision();
  const [scores, setScores] = useState(NO_SCORES);
  useEffect(() => readInto(serviceUsageScores, setScores), [revision]);
  return [scores, refresh];
}

/** The volunteer's last session, for "same as last": undefined while loading, null when there is none. */
export function useLastSession(volunteerId: string): [Session | null | undefined, () => void] {
  const [revision, refresh] = useRevision();
  const [last, setLast] = useState<Session | null | undefined>(undefined);
  useEffect(() => readInto(async () => {
    const stored = await lastSessionBy(volunteerId);
    return stored ? toSession(stored) : null;
  }, setLast), [volunteerId, revision]);
  return [last, refresh];
}

/** undefined while loading, null when the session is not (or no longer) on this device. */
export function useStoredSession(id: string) {
  return useLiveQuery(async () => {
    const stored = await getSession(id);
    return stored ? toSession(stored) : null;
  }, [id]);
}

function useRevision(): [number, () => void] {
  const [revision, setRevision] = useState(0);
  return [revision, useCallback(() => setRevision((r) => r + 1), [])];
}

/** Reads once into state; a read that finishes after unmount or a newer read is dropped. Returns the clean-up. */
function readInto<T>(read: () => Promise<T>, set: (value: T) => void): () => void {
  let isCurrent = true;
  read().then(
    (value) => {
      if (isCurrent) set(value);
    },
    (error: unknown) => console.error('form read failed', error),
  );
  return () => {
    isCurrent = false;
  };
}
