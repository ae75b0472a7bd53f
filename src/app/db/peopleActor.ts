/*
 * The person the tablet works for right now, for the outbox rows this tab writes (actorId). Set by the
 * sign-in gate whenever the unlocked person changes (this tab or another: the gate watches the auth row);
 * the db layer keeps it in memory because an outbox row is written inside a Dexie transaction that
 * must not await anything else.
 */
let current: string | undefined;

export function setCurrentActor(personId: string | undefined): void {
  current = personId;
}

export function currentActorId(): string | undefined {
  return current;
}
