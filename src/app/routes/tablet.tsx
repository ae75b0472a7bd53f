import { createRoute, Outlet } from '@tanstack/react-router';
import { DeviceGate } from '../features/setup/DeviceGate';
import { AppShell } from '../features/shell/AppShell';
import { rootRoute } from './root';

/** The volunteer's screens on a tablet: nothing shows until the tablet is set up. URLs carry no prefix. */
export const tabletRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_tablet',
  component: TabletLayout,
});

function TabletLayout() {
  return (
    <DeviceGate>
      <AppShell>
        <Outlet />
      </AppShell>
    </DeviceGate>
  );
}
