/** Field-level patches of a record's top-level fields. `null` in a patch means "field removed". */
export type Patch = Record<string, unknown>;

export function diffFields<T extends Record<string, unknown>>(prev: T, next: T): Patch {
  const patch: Patch = {};
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)]);
  for (const key of keys) {
    const before = prev[key];
    const after = next[key];
    if (!isSameValue(before, after)) patch[key] = after === undefined ? null : after;
  }
  return patch;
}

export function applyPatch<T extends Record<string, unknown>>(record: T, patch: Patch): T {
  const out: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out as T;
}

/** Structural equality for JSON values (the only kind a session holds). */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => isSameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
