import { createContext, useContext } from 'react';
import type { DeviceProfile } from '../../db/device';

export const ProfileContext = createContext<DeviceProfile | null>(null);

/** The set-up device profile; only rendered inside the device gate, so never null there. */
export function useProfile(): DeviceProfile {
  const profile = useContext(ProfileContext);
  if (!profile) throw new Error('useProfile outside the device gate');
  return profile;
}
