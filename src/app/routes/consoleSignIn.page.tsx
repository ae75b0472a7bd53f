import { Navigate } from '@tanstack/react-router';
import { ConsoleGate } from '../features/console/ConsoleGate';

/** The gate shows the sign-in form; once someone is signed in (now or before), on to the console. */
export function ConsoleSignInPage() {
  return (
    <ConsoleGate>
      <Navigate to="/console" replace />
    </ConsoleGate>
  );
}
