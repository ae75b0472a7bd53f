import type { ReactNode } from 'react';
import { DeviceSetup } from './DeviceSetup';
import { ProfileContext } from './ProfileContext';
import { useDeviceProfile } from './queries';

/** Until this tablet is set up, every route shows the setup screen. */
export function DeviceGate({ children }: { children: ReactNode }) {
  const profile = useDeviceProfile();
  if (profile === undefined) return null;
  if (profile === null) return <DeviceSetup />;
  return <ProfileContext.Provider value={profile}>{children}</ProfileContext.Provider>;
}
