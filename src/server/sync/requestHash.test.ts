import { describe, expect, it } from 'vitest';
import { canonicalJson, mutationHash } from './requestHash';

/** The first canonicalJson, kept verbatim: the ledger holds hashes of its output, so a faster one must match it. */
function firstCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + firstCanonicalJson(value[i]);
    return `${text}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let text = '{';
    for (const key of Object.keys(record).sort()) {
      const v = record[key];
      if (v === undefined) continue;
      text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${firstCanonicalJson(v)}`;
    }
    return `${text}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function makeRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const KEYS = ['id', 'a', 'B', '10', '9', '0', 'é', 'ž', '😀', '', '__proto__x', 'say "hi"', 'line\nbreak', '\u2028'];
const STRINGS = ['', 'x', 'Ç\u00eb', '"quoted"', 'back\\slash', 'tab\tnew\nline', '\u0000\u001f', '\ud800', '😀', '\u2028\u2029'];

function randomValue(random: () => number, depth: number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const kind = depth > 3 ? Math.floor(random() * 5) : Math.floor(random() * 7);
  switch (kind) {
    case 0:
      return pick(STRINGS);
    case 1:
      return pick([0, -0, 1, -7, 1.5, 1e21, 1e-7, Number.MAX_SAFE_INTEGER, NaN, Infinity]);
    case 2:
      return pick([true, false, null]);
    case 3:
      return undefined;
    case 4:
      return pick(STRINGS) + String(Math.floor(random() * 100));
    case 5:
      return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1));
    default: {
      const record: Record<string, unknown> = {};
      for (let i = Math.floor(random() * 6); i > 0; i--) record[pick(KEYS)] = randomValue(random, depth + 1);
      return record;
    }
  }
}

describe('canonicalJson', () => {
  it('writes exactly what the first implementation wrote, for varied values', () => {
    const random = makeRandom(11);
    for (let i = 0; i < 3000; i++) {
      const value = randomValue(random, 0);
      expect(canonicalJson(value)).toBe(firstCanonicalJson(value));
    }
  });

  it('quotes the same key the same way once it is remembered', () => {
    const value = { 'say "hi"': 1, nested: { 'say "hi"': [2] } };
    expect(canonicalJson(value)).toBe(firstCanonicalJson(value));
    expect(canonicalJson(value)).toBe('{"nested":{"say \\"hi\\"":[2]},"say \\"hi\\"":1}');
  });
});

describe('mutationHash', () => {
  // Hashes the ledger already stores: they must never change.
  const create = {
    mutationId: '0190f000-0000-7000-8000-000000000001',
    deviceSeq: 1,
    type: 'session.create' as const,
    recordId: '0190f000-0000-7000-8000-000000000002',
    payloadVersion: 1,
    data: {
      id: '0190f000-0000-7000-8000-000000000002',
      occurredAt: '2026-03-10T11:00:00+01:00',
      services: [{ serviceCode: 'birth_certificate', outcome: 'completed' }],
      notes: 'Ç\u00eb "q" \n\u2028 😀',
      groups: [],
      durationMin: 15,
      '10': 1,
      '9': 2,
      é: true,
    },
  };

  it('is pinned for a create and an update', () => {
    expect(mutationHash(create)).toBe('9388d18352997d06836b0c12cc089026e1aa15335898bd1972c4921d48523dcb');
    const update = { ...create, type: 'session.update' as const, data: undefined, baseVersion: 3, patch: { notes: null, durationMin: 5 } };
    expect(mutationHash(update)).toBe('e568d499c59be56011cd463f2b49cca69f377554dff82a561486538e4fa8a3bc');
  });

  it('hashes text that is not valid UTF-16 as before', () => {
    const update = { ...create, type: 'session.update' as const, payloadVersion: 2, data: undefined, baseVersion: 0, patch: { notes: 'lone \ud800 surrogate', '': [] } };
    expect(mutationHash(update)).toBe('3693c22cc2bb31c9278d9306179566bcf51a5ff3dd4fd534aa4c8c696230a9d9');
  });
});
