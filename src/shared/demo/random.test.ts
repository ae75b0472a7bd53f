import { describe, expect, it } from 'vitest';
import { createRng, seedFrom, weightedTable } from './random';

function draws(seed: number, n: number): number[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.uint32());
}

describe('createRng', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    expect(draws(7, 50)).toEqual(draws(7, 50));
    expect(draws(7, 50)).not.toEqual(draws(8, 50));
  });

  it('pins the first outputs, so a change to the generator cannot slip by', () => {
    expect(draws(seedFrom('pin'), 3)).toMatchInlineSnapshot(`
      [
        97689539,
        701483270,
        3702850513,
      ]
    `);
  });

  it('keeps int, next and bytes in range', () => {
    const rng = createRng(1);
    const ints = new Set<number>();
    let outOfRange = 0;
    for (let i = 0; i < 10_000; i++) {
      ints.add(rng.int(3, 7));
      const x = rng.next();
      if (!(x >= 0 && x < 1)) outOfRange++;
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(outOfRange).toBe(0);
    expect(rng.bytes(10)).toHaveLength(10);
  });

  it('picks by weight and never picks a zero weight', () => {
    const rng = createRng(2);
    const table = weightedTable([
      ['a', 3],
      ['b', 1],
      ['never', 0],
    ] as const);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) counts[rng.weighted(table)]++;
    expect(counts.never).toBe(0);
    expect(counts.a / 20_000).toBeCloseTo(0.75, 1);
  });

  it('draws normal-ish values with the asked mean and spread', () => {
    const rng = createRng(3);
    const xs = Array.from({ length: 20_000 }, () => rng.normal(10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
  });

  it('rejects tables with nothing to pick', () => {
    expect(() => weightedTable([['a', 0]])).toThrow();
    expect(() => weightedTable([['a', Number.NaN]])).toThrow();
  });
});

describe('seedFrom', () => {
  it('tells apart parts that print alike', () => {
    expect(seedFrom('1', 2)).not.toBe(seedFrom(1, 2));
    expect(seedFrom('ab', 'c')).not.toBe(seedFrom('a', 'bc'));
    expect(seedFrom('x', 1)).toBe(seedFrom('x', 1));
  });
});
