import { describe, expect, it } from 'vitest';
import { canonicalJson, mutationHash } from './requestHash';
import { isImplausibleDate } from './reviewFlags';

const now = new Date('2026-03-10T10:00:00Z');

describe('isImplausibleDate', () => {
  it.each([
    ['2026-03-10T11:00:00+01:00', false],
    ['2026-03-11T10:59:00+01:00', false],
    ['2026-03-11T12:00:00+01:00', true],
    ['2025-03-11T10:00:00Z', false],
    ['2025-03-09T10:00:00Z', true],
    ['not a date', true],
  ])('%s → %s', (occurredAt, expected) => {
    expect(isImplausibleDate(occurredAt, now)).toBe(expected);
  });
});

describe('mutationHash', () => {
  const m = {
    mutationId: '0190f000-0000-7000-8000-000000000001',
    deviceSeq: 1,
    type: 'session.update' as const,
    recordId: '0190f000-0000-7000-8000-000000000002',
    payloadVersion: 1,
    baseVersion: 1,
    patch: { notes: 'a', durationMin: 3 },
  };

  it('ignores key order and deviceSeq but not content', () => {
    const reordered = { ...m, deviceSeq: 7, patch: { durationMin: 3, notes: 'a' } };
    expect(mutationHash(reordered)).toBe(mutationHash(m));
    expect(mutationHash({ ...m, patch: { notes: 'b', durationMin: 3 } })).not.toBe(mutationHash(m));
    expect(mutationHash({ ...m, baseVersion: 2 })).not.toBe(mutationHash(m));
  });

  it('writes canonical JSON', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: null }], a: 'x', u: undefined })).toBe('{"a":"x","b":[1,{"c":null,"d":1}]}');
  });
});
