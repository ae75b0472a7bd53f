import { describe, expect, it } from 'vitest';
import { mergePatch, type MergeInput } from './mergePatch';

const A = 'device-a';
const B = 'device-b';
const base: MergeInput = {
  current: { notes: 'n', durationMin: 10, groups: ['rural'] },
  fieldVersions: { notes: { v: 3, by: B } },
  authorDeviceId: A,
  patch: {},
  baseVersion: 1,
  deviceId: A,
  newVersion: 4,
};

describe('mergePatch', () => {
  const cases: Array<{ name: string; input: Partial<MergeInput>; changed: string[]; conflicts: string[]; next?: object }> = [
    { name: 'field untouched since creation applies', input: { patch: { durationMin: 20 } }, changed: ['durationMin'], conflicts: [] },
    { name: 'field another device changed after base conflicts', input: { patch: { notes: 'mine' } }, changed: ['notes'], conflicts: ['notes'] },
    { name: 'same value is neither change nor conflict', input: { patch: { notes: 'n' } }, changed: [], conflicts: [] },
    { name: 'base at or after the other change: no conflict', input: { patch: { notes: 'x' }, baseVersion: 3 }, changed: ['notes'], conflicts: [] },
    {
      name: 'own earlier change is no conflict',
      input: { patch: { notes: 'x' }, fieldVersions: { notes: { v: 3, by: A } } },
      changed: ['notes'],
      conflicts: [],
    },
    {
      name: 'creation by another device counts as version 1',
      input: { patch: { durationMin: 5 }, authorDeviceId: B, baseVersion: 0 },
      changed: ['durationMin'],
      conflicts: ['durationMin'],
    },
    { name: 'null removes a field', input: { patch: { notes: null }, baseVersion: 3 }, changed: ['notes'], conflicts: [], next: { durationMin: 10, groups: ['rural'] } },
    { name: 'null on an absent field changes nothing', input: { patch: { followUp: null } }, changed: [], conflicts: [] },
    { name: 'arrays compare by value', input: { patch: { groups: ['rural'] } }, changed: [], conflicts: [] },
  ];

  it.each(cases)('$name', ({ input, changed, conflicts, next }) => {
    const out = mergePatch({ ...base, ...input });
    expect(out.changedFields).toEqual(changed);
    expect(out.conflicts.map((c) => c.field)).toEqual(conflicts);
    for (const field of changed) expect(out.fieldVersions[field]).toEqual({ v: 4, by: input.deviceId ?? A });
    if (next) expect(out.next).toEqual(next);
  });

  it('keeps the overwritten value, its version and its author for the history', () => {
    const out = mergePatch({ ...base, patch: { notes: 'mine' } });
    expect(out.conflicts).toEqual([{ field: 'notes', oldValue: 'n', oldVersion: 3, oldBy: B }]);
    expect(out.next).toEqual({ notes: 'mine', durationMin: 10, groups: ['rural'] });
  });

  it('does not touch its input', () => {
    const input = structuredClone(base);
    mergePatch({ ...input, patch: { notes: 'x', durationMin: 1 } });
    expect(input).toEqual(base);
  });
});
