import { generate } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qrPath';

/** Paints a path made of `M x y h w v1 h-w z` runs back into a set of dark cells. */
function paint(d: string): Set<string> {
  const cells = new Set<string>();
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    expect(Number(m[4])).toBe(w);
    for (let i = 0; i < w; i++) cells.add(`${x + i},${y}`);
  }
  return cells;
}

describe('qrPath', () => {
  it('merges a row’s dark runs into one rectangle each', () => {
    const rows = ['##.#', '....', '.###', '#...'];
    expect(qrPath({ size: 4, get: (x, y) => rows[y]?.[x] === '#' })).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3zM0 3h1v1h-1z');
  });

  it('covers exactly the dark modules of a real code for an enrolment link', () => {
    const code = generate('https://ura.example.org/enrol#ABCD-EFGH-JK');
    const dark = new Set<string>();
    for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.get(x, y)) dark.add(`${x},${y}`);
    expect(dark.size).toBeGreaterThan(100);
    expect(paint(qrPath(code))).toEqual(dark);
  });
});
