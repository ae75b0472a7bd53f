import type { UserView } from '../../../../shared/auth/api';
import { ROLES, type Role } from '../../../../shared/auth/roles';

/** Mirrors the server's rules (src/server/auth/scope.ts) to offer only what will be allowed; the server decides. */
export function managesPerson(me: UserView, person: UserView): boolean {
  if (me.role === 'admin') return true;
  return me.role === 'coordinator' && person.role === 'volunteer' && person.id !== me.id;
}

/** Coordinators hand out the volunteer role only. */
export function grantableRoles(me: UserView): readonly Role[] {
  return me.role === 'admin' ? ROLES : ['volunteer'];
}
