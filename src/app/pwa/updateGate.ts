// Reasons the app must not reload for an update right now: a form with unsaved input, a sync write.
const holds = new Set<string>();
const listeners = new Set<() => void>();

export function setUpdateHold(reason: string, isHeld: boolean): void {
  const had = holds.has(reason);
  if (isHeld) holds.add(reason);
  else holds.delete(reason);
  if (had !== isHeld) listeners.forEach((fn) => fn());
}

export function isUpdateHeld(): boolean {
  return holds.size > 0;
}

export function subscribeUpdateHolds(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
