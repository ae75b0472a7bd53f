import { lazy, Suspense, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { profileOf } from '../../db/device';
import { setCurrentActor } from '../../db/peopleActor';
import { dropDataKey, hasDataKey, watchDataKey } from '../../db/sealing/dataKey';
import { ProfileContext } from '../setup/ProfileContext';
import { FirstScreenShown } from '../shell/firstScreen';
import { useSyncSnapshot } from '../sync/queries';
import { LockScreen } from './LockScreen';
import { PersonBar } from './PersonBar';
import { useEnrolment, usePeople, useTabletAuth } from './queries';
import { useIdleLock } from './useIdleLock';

// Off the volunteer's first route (issue 2: at most 170 KB of JS): enrolment and the revoked screen (with the
// hand-off file's crypto and zod) load when shown; the service worker precaches them. The lock screen is on
// every restart's path (the PIN), so it ships in the entry's file; its sign-in forms load when shown.
const EnrolScreen = lazy(() => import('./EnrolScreen').then((m) => ({ default: m.EnrolScreen })));
const RevokedScreen = lazy(() => import('./RevokedScreen').then((m) => ({ default: m.RevokedScreen })));

/**
 * The tablet's screens show only on an enrolled tablet, unlocked for a person who signed in on it, with
 * the data key in memory: after a restart the same person enters their PIN again to carry on.
 * A revoked tablet shows why and what to do, whatever else is going on.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const enrolment = useEnrolment();
  const auth = useTabletAuth();
  const people = usePeople();
  const sync = useSyncSnapshot();
  const person = auth?.personId ? people?.find((p) => p.id === auth.personId) : undefined;
  const hasKey = useSyncExternalStore(watchDataKey, hasDataKey);
  const isLocked = auth?.isLocked !== false;
  const isUnlocked = !isLocked && person !== undefined && hasKey;
  // Signed in but restarted (the key went with the old page): straight to this person's PIN.
  const resume = isLocked ? undefined : person;
  const actorId = isUnlocked ? person.id : undefined;
  useEffect(() => setCurrentActor(actorId), [actorId]);
  // Locked by the idle time while this tab slept: the key goes too. Only on the change from unlocked to
  // locked: a sign-in on the lock screen holds the key before the PIN is set (and a revoked tablet opens
  // it only to save its file).
  const isRevoked = sync.error === 'device_revoked';
  const wasUnlocked = useRef(false);
  useEffect(() => {
    if (auth === undefined) return;
    if (isLocked && wasUnlocked.current && !isRevoked && hasDataKey()) dropDataKey();
    wasUnlocked.current = !isLocked;
  }, [isLocked, auth, isRevoked]);

  if (isRevoked)
    return (
      <Suspense fallback={null}>
        <RevokedScreen pendingCount={sync.pendingCount} deviceId={enrolment?.deviceId ?? null} people={people ?? []} />
        <FirstScreenShown />
      </Suspense>
    );
  if (enrolment === undefined || auth === undefined || people === undefined) return null;
  if (enrolment === null)
    return (
      <Suspense fallback={null}>
        <EnrolScreen />
        <FirstScreenShown />
      </Suspense>
    );
  if (!isUnlocked)
    return (
      <Suspense fallback={null}>
        {/* Keyed: a lock that lands just after the key went (lockTablet) starts again from the list. */}
        <LockScreen key={resume?.id ?? 'locked'} people={people} resume={resume} />
        {/* The entry loads the sync engine once the browser is idle after this (issue 2). */}
        <FirstScreenShown />
      </Suspense>
    );
  return (
    <ProfileContext.Provider value={profileOf(enrolment, person)}>
      <IdleLock idleMs={auth.idleMs} lastActiveAt={auth.lastActiveAt} />
      <PersonBar name={person.displayName} />
      {/* A page whose code was held back while locked (pageBehindGate) may still be loading at the unlock. */}
      <Suspense fallback={null}>
        {children}
        <FirstScreenShown />
      </Suspense>
    </ProfileContext.Provider>
  );
}

function IdleLock({ idleMs, lastActiveAt }: { idleMs: number; lastActiveAt: number }) {
  useIdleLock(idleMs, lastActiveAt);
  return null;
}
