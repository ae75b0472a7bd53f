import { describe, expect, it } from 'vitest';
import { attack } from './attack';
import { suppressTables } from './disclosure';
import { oneWayTable, quantityKey, twoWayTable, type Cell, type ReportTable } from './reportTable';

const H = { hidden: true } as const;
const head = { titleKey: 't', universe: 'sessions' as const, additive: true, sensitive: false };

/** A gender × age table with the given cells (rows female, male, …; columns 18_24, 25_34, …). */
function genderAge(cells: number[][]): ReportTable {
  const rows = ['female', 'male', 'other', 'not_stated'].slice(0, cells.length);
  const cols = ['18_24', '25_34', '35_44', '45_54'].slice(0, cells[0]?.length ?? 0);
  const at = (r: string, c: string) => cells[rows.indexOf(r)]?.[cols.indexOf(c)] ?? 0;
  return twoWayTable({ ...head, id: 'gender_age', rowDim: 'gender', colDim: 'ageBand' }, rows, cols, at);
}

function channels(counts: number[]): ReportTable {
  const rows = ['walk_in', 'mobile_point', 'phone', 'online', 'home_visit'].slice(0, counts.length);
  return oneWayTable({ ...head, id: 'channel', rowDim: 'channel' }, rows, (r) => counts[rows.indexOf(r)] ?? 0);
}

type Shown = { cells: Cell[][]; rowTotals: Cell[]; colTotals: Cell[]; grandTotal: Cell };

describe('suppressTables', () => {
  it.each<[string, ReportTable, number, Shown]>([
    [
      'a 2×2 table with one small cell: four cells hidden, margins published',
      genderAge([
        [1, 6],
        [7, 8],
      ]),
      5,
      {
        cells: [
          [H, H],
          [H, H],
        ],
        rowTotals: [7, 15],
        colTotals: [8, 14],
        grandTotal: 22,
      },
    ],
    [
      'a true zero stays 0; a small margin is hidden like a cell',
      genderAge([
        [0, 12],
        [3, 9],
      ]),
      5,
      {
        cells: [
          [0, 12],
          [H, H],
        ],
        rowTotals: [12, 12],
        colTotals: [H, H],
        grandTotal: 24,
      },
    ],
    [
      'k = 2 hides only ones (and what would give them away)',
      channels([1, 2, 0, 7]),
      2,
      { cells: [[H], [H], [0], [7]], rowTotals: [H, H, 0, 7], colTotals: [10], grandTotal: 10 },
    ],
    [
      'two hidden ones summing to 2 are each 1: a third cell is hidden',
      channels([1, 1, 0, 30]),
      5,
      { cells: [[H], [H], [0], [H]], rowTotals: [H, H, 0, H], colTotals: [32], grandTotal: 32 },
    ],
    [
      'a table with no small cells is unchanged',
      genderAge([
        [10, 20],
        [30, 40],
      ]),
      5,
      {
        cells: [
          [10, 20],
          [30, 40],
        ],
        rowTotals: [30, 70],
        colTotals: [40, 60],
        grandTotal: 100,
      },
    ],
    [
      'a small grand total is hidden too',
      channels([2, 1, 0]),
      5,
      { cells: [[H], [H], [0]], rowTotals: [H, H, 0], colTotals: [H], grandTotal: H },
    ],
  ])('%s', (_name, table, k, expected) => {
    const [out] = suppressTables([table], { k });
    expect(out).toMatchObject({ ...expected, k });
    expect(attack([out!], []).recovered.size).toBe(0);
  });

  it.each([1, 0, -3, 2.5, Number.NaN])('rejects k = %s', (k) => {
    expect(() => suppressTables([channels([3, 4])], { k })).toThrow(/disclosure_k_too_small/);
  });

  it('hides a quantity in every table that shows it (a gender total in a one-way table)', () => {
    const crossed = genderAge([
      [2, 1],
      [20, 30],
    ]);
    const byGender = oneWayTable({ ...head, id: 'gender', rowDim: 'gender' }, ['female', 'male'], (g) =>
      g === 'female' ? 3 : 50,
    );
    const [cross, oneWay] = suppressTables([crossed, byGender], { k: 5 });
    expect(cross!.rowTotals[0]).toEqual(H);
    expect(oneWay!.cells[0]).toEqual([H]);
    // Hidden in one way, it must be hidden in the other, or the cross table's hidden cells come back.
    expect(oneWay!.cells[1]![0]).toEqual(cross!.rowTotals[1]);
    expect(attack([cross!, oneWay!], []).recovered.size).toBe(0);
  });

  it('protects through links between tables: a category of one e-service shows that e-service', () => {
    const services = { ...head, universe: 'services' as const };
    const codes = { A: 1, B: 20, C: 9 } as Record<string, number>;
    const byService = oneWayTable(
      { ...services, id: 'eservice', rowDim: 'eService' },
      ['A', 'B', 'C'],
      (c) => codes[c] ?? 0,
    );
    const byCategory = oneWayTable(
      { ...services, id: 'category', rowDim: 'category' },
      ['tax', 'civil_registry'],
      (c) => (c === 'tax' ? 1 : 29),
    );
    const key = (dim: 'eService' | 'category', code: string) => quantityKey('services', [[dim, code]]);
    const links = [
      { total: key('category', 'tax'), parts: [key('eService', 'A')] },
      { total: key('category', 'civil_registry'), parts: [key('eService', 'B'), key('eService', 'C')] },
    ];
    const out = suppressTables([byService, byCategory], { k: 5, links });
    expect(out.map((t) => t.cells.flat())).toEqual([
      [H, 20, H],
      [H, H],
    ]);
    expect(attack(out, links).recovered.size).toBe(0);
  });

  it('hides a small count of a group without hiding other groups (the rows overlap, nothing sums)', () => {
    const groups = oneWayTable(
      { ...head, id: 'groups', rowDim: 'group', additive: false, sensitive: true },
      ['roma_egyptian', 'rural', 'disability'],
      (g) => ({ roma_egyptian: 2, rural: 20, disability: 0 })[g] ?? 0,
      30,
    );
    expect(suppressTables([groups], { k: 5 })[0]!.cells).toEqual([[H], [20], [0]]);
  });

  it('refuses tables that disagree about the same quantity', () => {
    expect(() => suppressTables([channels([5, 6]), channels([5, 7])])).toThrow(/disclosure_inconsistent_tables/);
  });
});
