import { createRootRoute, Outlet } from '@tanstack/react-router';
import { DeviceGate } from '../features/setup/DeviceGate';
import { AppShell } from '../features/shell/AppShell';

export const rootRoute = createRootRoute({
  component: () => (
    <DeviceGate>
      <AppShell>
        <Outlet />
      </AppShell>
    </DeviceGate>
  ),
});
