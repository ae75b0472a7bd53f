import { takeSealedAhead } from './sealAhead';

/**
 * Which stored data is sealed: every property named `groups`, wherever it sits in a stored value (a
 * session, its outbox mutation, a draft, a day's counts). The target groups hold special-category data
 * (Roma, disability); sealing the whole property also hides its order and size.
 */
export const SEALED_PROPERTY = 'groups';
export const STORED_PROPERTY = 'groupsSealed';

/**
 * Seals and opens values with the data key held (sealCipher.sealWith). Handed in rather than imported: the
 * cipher loads only once a key is held (dataKey.ts), so this file stays on the way to the PIN prompt alone.
 */
export type DataSeal = { seal: (value: unknown) => Uint8Array; open: (sealed: Uint8Array) => unknown };

/** Thrown when a value with groups is written while no data key is held (the tablet is locked). */
export class LockedError extends Error {
  constructor() {
    super('The tablet is locked: sealed data cannot be written');
    this.name = 'LockedError';
  }
}

/** A copy of `value` ready to store: each `groups` replaced by its sealed bytes. Unchanged values are returned as they are. */
export function sealTree<T>(value: T, seal: DataSeal | null): T {
  return walk(value, (node) => {
    if (!(SEALED_PROPERTY in node)) return node;
    if (!seal) throw new LockedError();
    const { [SEALED_PROPERTY]: plain, ...rest } = node;
    return { ...rest, [STORED_PROPERTY]: takeSealedAhead(plain, seal) ?? seal.seal(plain) };
  });
}

/**
 * The stored value as the app reads it: each sealed `groups` opened. Without the key (locked) sealed
 * parts stay as they are, so writing such a value back keeps them intact. Plain `groups` written
 * before sealing existed are returned as they are (the seal pass rewrites them).
 */
export function openTree<T>(value: T, seal: DataSeal | null): T {
  if (!seal) return value;
  return walk(value, (node) => {
    const sealed = node[STORED_PROPERTY];
    // isView, not instanceof: bytes may come from another realm (a test DOM's, a worker's).
    if (!ArrayBuffer.isView(sealed) || sealed instanceof DataView) return node;
    const { [STORED_PROPERTY]: _sealed, ...rest } = node;
    return { ...rest, [SEALED_PROPERTY]: seal.open(new Uint8Array(sealed.buffer, sealed.byteOffset, sealed.byteLength)) };
  });
}

/** Throws LockedError when a value read while locked still holds sealed groups: it must not leave the tablet so. */
export function assertOpen<T>(value: T): T {
  walk(value, (node) => {
    if (STORED_PROPERTY in node) throw new LockedError();
    return node;
  });
  return value;
}

/** True when a stored value still holds plain groups somewhere. */
export function hasPlainGroups(value: unknown): boolean {
  let found = false;
  walk(value, (node) => {
    if (SEALED_PROPERTY in node) found = true;
    return node;
  });
  return found;
}

type Node = Record<string, unknown>;

/** Rebuilds only the objects on a path to a changed node; everything else is shared, not copied. */
function walk<T>(value: T, visit: (node: Node) => Node): T {
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item: unknown) => {
      const next = walk(item, visit);
      if (next !== item) changed = true;
      return next;
    });
    return (changed ? out : value) as T;
  }
  if (!isPlainObject(value)) return value;
  let node: Node = value;
  for (const [name, child] of Object.entries(value)) {
    if (name === SEALED_PROPERTY || name === STORED_PROPERTY) continue;
    const next = walk(child, visit);
    if (next !== child) node = { ...node, [name]: next };
  }
  return visit(node) as T;
}

function isPlainObject(value: unknown): value is Node {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
