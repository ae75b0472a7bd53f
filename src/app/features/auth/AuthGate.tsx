import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { profileOf } from '../../db/device';
import { setCurrentActor } from '../../db/peopleActor';
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
 * The tablet's screens show only on an enrolled tablet, unlocked for a person who signed in on it.
 * A revoked tablet shows why and what to do, whatever else is going on.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const enrolment = useEnrolment();
  const auth = useTabletAuth();
  const people = usePeople();
  const sync = useSyncSnapshot();
  const person = auth?.personId ? people?.find((p) => p.id === auth.personId) : undefined;
  const isUnlocked = auth !== undefined && !auth.isLocked && person !== undefined;
  const actorId = isUnlocked ? person.id : undefined;
  useEffect(() => setCurrentActor(actorId), [actorId]);

  if (sync.error === 'device_revoked')
    return (
      <Suspense fallback={null}>
        <RevokedScreen pendingCount={sync.pendingCount} deviceId={enrolment?.deviceId ?? null} />
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
        <LockScreen people={people} />
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
