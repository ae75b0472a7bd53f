import { createRootRoute, Outlet } from '@tanstack/react-router';

/** The bare root: the tablet screens and the console each bring their own layout and gate. */
export const rootRoute = createRootRoute({ component: Outlet });
