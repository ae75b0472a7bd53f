import { applyPatch, isSameValue, type Patch } from '../../shared/sync/patch';
import type { FieldVersions } from '../store/types';

export type MergeInput = {
  current: Record<string, unknown>;
  fieldVersions: FieldVersions;
  /** Fields never touched since creation count as changed by the author at version 1. */
  authorDeviceId: string;
  patch: Patch;
  baseVersion: number;
  deviceId: string;
  newVersion: number;
};

export type Conflict = { field: string; oldValue: unknown; oldVersion: number; oldBy: string };

export type MergeOutcome = {
  next: Record<string, unknown>;
  fieldVersions: FieldVersions;
  changedFields: string[];
  /** Fields another device changed since baseVersion and this patch overwrote (last arrival wins). */
  conflicts: Conflict[];
};

/**
 * Field-level merge of an update (DESIGN.md §5): fields nobody else changed since `baseVersion` apply;
 * a field another device changed since then is a true conflict, and the patch still wins.
 * A field set to the value it already has is neither a change nor a conflict.
 */
export function mergePatch(input: MergeInput): MergeOutcome {
  const fieldVersions: FieldVersions = { ...input.fieldVersions };
  const changed: Patch = {};
  const conflicts: Conflict[] = [];
  for (const [field, value] of Object.entries(input.patch)) {
    const before = input.current[field];
    if (isSameValue(before, value === null ? undefined : value)) continue;
    const last = input.fieldVersions[field] ?? { v: 1, by: input.authorDeviceId };
    if (last.v > input.baseVersion && last.by !== input.deviceId) {
      conflicts.push({ field, oldValue: before ?? null, oldVersion: last.v, oldBy: last.by });
    }
    changed[field] = value;
    fieldVersions[field] = { v: input.newVersion, by: input.deviceId };
  }
  return {
    next: applyPatch(input.current, changed),
    fieldVersions,
    changedFields: Object.keys(changed),
    conflicts,
  };
}
