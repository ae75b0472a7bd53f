import { lazy, Suspense, type ReactNode } from 'react';
import { ProfileContext } from './ProfileContext';
import { useDeviceProfile } from './queries';

// Shown once per tablet: loaded on demand so it never weighs on the daily screens.
const DeviceSetup = lazy(async () => ({ default: (await import('./DeviceSetup')).DeviceSetup }));

/** Until this tablet is set up, every route shows the setup screen. */
export function DeviceGate({ children }: { children: ReactNode }) {
  const profile = useDeviceProfile();
  if (profile === undefined) return null;
  if (profile === null) {
    return (
      <Suspense fallback={null}>
        <DeviceSetup />
      </Suspense>
    );
  }
  return <ProfileContext.Provider value={profile}>{children}</ProfileContext.Provider>;
}
