import { Outlet } from '@tanstack/react-router';
import { ConsoleGate } from '../features/console/ConsoleGate';
import { ConsoleShell } from '../features/console/ConsoleShell';

export function ConsoleLayout() {
  return (
    <ConsoleGate>
      <ConsoleShell>
        <Outlet />
      </ConsoleShell>
    </ConsoleGate>
  );
}
