import type { Role } from '../../shared/auth/roles';
import { HttpError } from '../http/httpError';
import type { UserRecord } from '../store/authTypes';

/*
 * Who may see and manage what (issue 4), as pure functions of the signed-in person. Admins: everything.
 * Coordinators: their own centres, and the volunteers of those centres. Volunteers: no administration.
 * Objects outside a person's scope answer 404 like missing ones, so ids of other centres are not confirmed.
 */
export type Who = { userId: string; role: Role; centreIds: readonly string[] };

/** The centres a person administers: undefined = all (admin). */
export function adminCentres(who: Who): readonly string[] | undefined {
  if (who.role === 'admin') return undefined;
  return who.role === 'coordinator' ? who.centreIds : [];
}

export function managesCentre(who: Who, centreId: string): boolean {
  return who.role === 'admin' || (who.role === 'coordinator' && who.centreIds.includes(centreId));
}

export function requireRole(who: Who, ...roles: Role[]): void {
  if (!roles.includes(who.role)) throw new HttpError(403, 'FORBIDDEN', 'Your role does not allow this');
}

/** 404 for a centre outside the person's scope; for exports and every centre-scoped read. */
export function assertCentreInScope(who: Who, centreId: string): void {
  if (!managesCentre(who, centreId)) throw new HttpError(404, 'CENTRE_NOT_FOUND', 'No such centre');
}

/** A coordinator sees people who share one of their centres; an admin sees everyone. */
export function seesUser(who: Who, target: UserRecord): boolean {
  if (who.role === 'admin') return true;
  return who.role === 'coordinator' && target.centreIds.some((c) => who.centreIds.includes(c));
}

/** Coordinators manage volunteers of their centres only (never admins, never other coordinators). */
export function managesUser(who: Who, target: UserRecord): boolean {
  if (who.role === 'admin') return true;
  return seesUser(who, target) && target.role === 'volunteer' && target.id !== who.userId;
}

/**
 * What a person may hand out (invite, role or centre change): coordinators give the volunteer role
 * for their own centres only; admins anything. Returns the reason it is refused, if it is.
 */
export function grantProblem(who: Who, role: Role, centreIds: readonly string[]): string | undefined {
  if (who.role === 'admin') return role !== 'admin' && centreIds.length === 0 ? 'A volunteer or coordinator needs at least one centre' : undefined;
  if (who.role !== 'coordinator') return 'Your role does not allow this';
  if (role !== 'volunteer') return 'Coordinators may only give the volunteer role';
  if (centreIds.length === 0) return 'A volunteer needs at least one centre';
  if (centreIds.some((c) => !who.centreIds.includes(c))) return 'You may only assign your own centres';
  return undefined;
}

/** The centres a person keeps after a coordinator edits them: the coordinator only changes their own centres' part. */
export function mergeCentres(who: Who, current: readonly string[], requested: readonly string[]): string[] {
  if (who.role === 'admin') return [...new Set(requested)];
  const outside = current.filter((c) => !who.centreIds.includes(c));
  return [...new Set([...outside, ...requested])];
}
