import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OpenDatabase } from './database';
import { MAX_PART, paddedIds, rowParameters, runShaped, sizedParts } from './shapedQuery';

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

describe('sizedParts', () => {
  it('splits any list, in order, into parts whose sizes are powers of two of at most MAX_PART', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1200 }), (n) => {
        const items = Array.from({ length: n }, (_, i) => i);
        const parts = [...sizedParts(items)];
        expect(parts.flat()).toEqual(items);
        for (const part of parts) expect(isPowerOfTwo(part.length) && part.length <= MAX_PART).toBe(true);
      }),
    );
    expect([...sizedParts(Array.from({ length: 200 }, (_, i) => i))].map((p) => p.length)).toEqual([128, 64, 8]);
  });
});

describe('paddedIds', () => {
  it('gives every distinct id once in lists of power-of-two lengths, padded with ids of the list', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...Array.from({ length: 700 }, (_, i) => `id${i}`)), { maxLength: 900 }), (ids) => {
        const lists = [...paddedIds(ids)];
        const distinct = new Set(ids);
        expect(new Set(lists.flat())).toEqual(distinct);
        expect(lists.reduce((n, list) => n + new Set(list).size, 0)).toBe(distinct.size);
        for (const list of lists) expect(isPowerOfTwo(list.length) && list.length <= MAX_PART).toBe(true);
      }),
    );
  });
});

describe('rowParameters', () => {
  it('lists the rows’ values row by row in column order, and refuses a missing value', () => {
    expect(rowParameters([{ a: 1, b: 'x' }, { b: 'y', a: 2 }], ['a', 'b'])).toEqual([1, 'x', 2, 'y']);
    expect(() => rowParameters([{ a: 1, b: undefined }], ['a', 'b'])).toThrow(/b has no value/);
  });
});

describe('runShaped', () => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await openDatabase({ kind: 'sqlite', path: ':memory:' });
  });
  afterAll(async () => {
    await open.db.destroy();
  });

  it('builds a shape once, then runs its SQL with each call’s parameters', async () => {
    const { db, dialect } = open;
    const query = (value: string) => db.selectFrom('server_meta').select('key').where('value', '=', value);
    const build = vi.fn(query);
    const [epoch] = await db.selectFrom('server_meta').select('value').where('key', '=', 'server_epoch').execute();
    const first = await runShaped(db, dialect, 'test-meta-by-value', [epoch!.value], () => build(epoch!.value));
    const second = await runShaped(db, dialect, 'test-meta-by-value', ['no such value'], () => build('no such value'));
    expect(first).toEqual([{ key: 'server_epoch' }]);
    expect(second).toEqual([]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('refuses parameters that are not in the order Kysely compiles them', async () => {
    const { db, dialect } = open;
    const build = () => db.selectFrom('server_meta').select('key').where('key', '=', 'a').where('value', '=', 'b');
    await expect(runShaped(db, dialect, 'test-wrong-order', ['b', 'a'], build)).rejects.toThrow(/not in the order/);
  });
});
