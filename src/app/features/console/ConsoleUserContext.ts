import { createContext, useContext } from 'react';
import type { UserView } from '../../../shared/auth/api';

export const ConsoleUserContext = createContext<UserView | null>(null);

/** The signed-in coordinator or admin; only rendered inside the console gate, so never null there. */
export function useConsoleUser(): UserView {
  const user = useContext(ConsoleUserContext);
  if (!user) throw new Error('useConsoleUser outside the console gate');
  return user;
}
