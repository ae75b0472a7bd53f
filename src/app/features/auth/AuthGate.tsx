import { lazy, Suspense, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { profileOf } from '../../db/device';
import { setCurrentActor } from '../../db/peopleActor';
import { dropDataKey, hasDataKey, watchDataKey } from '../../db/sealing/dataKey';
import { ProfileContext } from '../setup/ProfileContext';
import { useSyncSnapshot } from '../sync/queries';
import { PersonBar } from './PersonBar';
import { useEnrolment, usePeople, useTabletAuth } from './queries';
import { useIdleLock } from './useIdleLock';

// Off the volunteer's first route (issue 2: at most 170 KB of JS): enrolment, the lock screen and the revoked
// screen (with the hand-off file's crypto and zod) load when shown; the service worker precaches them.
const EnrolScreen = lazy(() => import('./EnrolScreen').then((m) => ({ default: m.EnrolScreen })));
const LockScreen = lazy(() => import('./LockScreen').then((m) => ({ default: m.LockScreen })));
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
  // Locked by the idle time while this tab slept: the key goes too (a revoked tablet opens it only to save its file).
  const isRevoked = sync.error === 'device_revoked';
  useEffect(() => {
    if (isLocked && auth !== undefined && !isRevoked && hasDataKey()) dropDataKey();
  }, [isLocked, auth, isRevoked]);

  if (isRevoked)
    return (
      <Suspense fallback={null}>
        <RevokedScreen pendingCount={sync.pendingCount} deviceId={enrolment?.deviceId ?? null} people={people ?? []} />
      </Suspense>
    );
  if (enrolment === undefined || auth === undefined || people === undefined) return null;
  if (enrolment === null)
    return (
      <Suspense fallback={null}>
        <EnrolScreen />
      </Suspense>
    );
  if (!isUnlocked)
    return (
      <Suspense fallback={null}>
        {/* Keyed: a lock that lands just after the key went (lockTablet) starts again from the list. */}
        <LockScreen key={resume?.id ?? 'locked'} people={people} resume={resume} />
      </Suspense>
    );
  return (
    <ProfileContext.Provider value={profileOf(enrolment, person)}>
      <IdleLock idleMs={auth.idleMs} lastActiveAt={auth.lastActiveAt} />
      <PersonBar name={person.displayName} />
      {children}
    </ProfileContext.Provider>
  );
}

function IdleLock({ idleMs, lastActiveAt }: { idleMs: number; lastActiveAt: number }) {
  useIdleLock(idleMs, lastActiveAt);
  return null;
}
