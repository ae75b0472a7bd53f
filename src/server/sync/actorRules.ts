import type { Actor, DeviceRecord } from '../store/types';

/*
 * Who may make a change from a tablet enrolled with a code (issue 4). A device token alone never speaks
 * for a person it has not seen: each mutation names its actor, who must have signed in online on this
 * device and belong to its centre (admins: any centre). The author (the session's volunteerId), a
 * coordinator of the centre or an admin may change a session. A person disabled after signing in still
 * gets their offline work in, flagged for review.
 */

/** Why a mutation's actor may not act through this device, or undefined when they may. */
export function actorRefusal(actorId: string | undefined, actor: Actor | undefined, device: DeviceRecord): string | undefined {
  if (actorId === undefined) return 'This device is enrolled: every change must carry the actorId of the person who made it';
  if (!actor || !actor.hasSignedInOnDevice) return 'The person who made this change has not signed in online on this device';
  if (actor.role !== 'admin' && !actor.centreIds.includes(device.centreId)) return "The person who made this change does not belong to this device's centre";
  return undefined;
}

/** The author, a coordinator of the session's centre, or an admin. */
export function mayChangeSession(actor: Actor, authorId: unknown, centreId: string): boolean {
  if (actor.id === authorId || actor.role === 'admin') return true;
  return actor.role === 'coordinator' && actor.centreIds.includes(centreId);
}

/** A change to someone else's session (by a coordinator or admin): it goes to the audit log. */
export function isOversightEdit(actor: Actor, authorId: unknown): boolean {
  return actor.id !== authorId;
}

/** Offline work of a person disabled since is accepted into review, not lost. */
export function needsActorReview(actor: Actor | undefined): boolean {
  return actor?.disabledAt != null;
}

/**
 * A change that lands flagged for review: its person was disabled since, or its tablet was revoked (its
 * work arrives only through a hand-off file a coordinator imports; issue 4: "neither lost nor silently accepted").
 */
export function landsInReview(actor: Actor | undefined, device: DeviceRecord): boolean {
  return needsActorReview(actor) || device.revokedAt !== null;
}
