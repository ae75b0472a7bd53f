import { createRoute, Outlet } from '@tanstack/react-router';
import { AuthGate } from '../features/auth/AuthGate';
import { AppShell } from '../features/shell/AppShell';
import { rootRoute } from './root';

/** The volunteer's screens on a tablet: enrolled, and unlocked for a person who signed in. URLs carry no prefix. */
export const tabletRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_tablet',
  component: TabletLayout,
});

function TabletLayout() {
  return (
    <AuthGate>
      <AppShell>
        <Outlet />
      </AppShell>
    </AuthGate>
  );
}
