import { useEffect, type ReactNode } from 'react';
import { profileOf } from '../../db/device';
import { setCurrentActor } from '../../db/peopleActor';
import { ProfileContext } from '../setup/ProfileContext';
import { useSyncSnapshot } from '../sync/queries';
import { EnrolScreen } from './EnrolScreen';
import { LockScreen } from './LockScreen';
import { PersonBar } from './PersonBar';
import { useEnrolment, usePeople, useTabletAuth } from './queries';
import { RevokedScreen } from './RevokedScreen';
import { useIdleLock } from './useIdleLock';

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

  if (sync.error === 'device_revoked') return <RevokedScreen pendingCount={sync.pendingCount} deviceId={enrolment?.deviceId ?? null} />;
  if (enrolment === undefined || auth === undefined || people === undefined) return null;
  if (enrolment === null) return <EnrolScreen />;
  if (!isUnlocked) return <LockScreen people={people} />;
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
