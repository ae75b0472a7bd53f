// A small seeded PRNG for demo data: xoshiro128** seeded through splitmix32. Only integer arithmetic and
// Math.sqrt (correctly rounded), never Math.log/sin/cos, so every JS engine gives the same bytes for a seed.

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(table: WeightedTable<T>): T;
  /** Normal-ish (Irwin–Hall of four uniforms): mean and spread right, tails cut at ±3.5 sd. */
  normal(mean: number, sd: number): number;
  bytes(length: number): Uint8Array;
};

/** Cumulative weights built once, so a weighted pick is one draw and a short scan. */
export type WeightedTable<T> = { items: readonly T[]; cumulative: readonly number[]; total: number };

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new Error(`Invalid weight ${weight}`);
    if (weight === 0) continue;
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  if (items.length === 0) throw new Error('A weighted table needs at least one positive weight');
  return { items, cumulative, total };
}

/** A 32-bit seed from any mix of strings and numbers (FNV-1a, then a final avalanche). */
export function seedFrom(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = `${typeof part}:${part}|`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  if ((a | b | c | d) === 0) a = 1;

  function uint32(): number {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  }

  function next(): number {
    return uint32() / 0x100000000;
  }

  return {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('Cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(table: WeightedTable<T>): T {
      const x = next() * table.total;
      const { cumulative, items } = table;
      for (let i = 0; i < cumulative.length; i++) {
        if (x < (cumulative[i] as number)) return items[i] as T;
      }
      return items[items.length - 1] as T;
    },
    normal: (mean, sd) => mean + sd * (next() + next() + next() + next() - 2) * Math.sqrt(3),
    bytes(length) {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i += 4) {
        let word = uint32();
        for (let j = i; j < Math.min(i + 4, length); j++) {
          out[j] = word & 0xff;
          word >>>= 8;
        }
      }
      return out;
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
