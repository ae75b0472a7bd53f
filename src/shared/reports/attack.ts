// Test helper: a differencing attacker that reads only what an export publishes (the suppressed tables and
// their links) and tries to pin each hidden number. Written apart from the audit in feasibility.ts on
// purpose (floating-point elimination, bounds propagation, then "shaving": try each value of a narrow
// interval and drop those that lead to a contradiction), so a blind spot of one is unlikely in the other.
import { tableKeys, type Cell, type ReportLink, type SuppressedTable } from './reportTable';

export type AttackOptions = {
  /** Zeros are always published, so a hidden number is ≥ 1; false plays a naive attacker (≥ 0). */
  hiddenAreNonZero?: boolean;
  /** Intervals up to this many values are shaved value by value. */
  shaveWidth?: number;
};
export type Bounds = { lo: number; hi: number };
export type AttackResult = { bounds: Map<string, Bounds>; recovered: Map<string, number> };

type Term = { i: number; a: number };
type Row = { terms: Term[]; rhs: number };
const EPS = 1e-7;

export function attack(
  tables: readonly SuppressedTable[],
  links: readonly ReportLink[],
  options: AttackOptions = {},
): AttackResult {
  const known = new Map<string, number>();
  const seen = new Set<string>();
  const note = (key: string, cell: Cell) => (seen.add(key), typeof cell === 'number' && known.set(key, cell));
  const sums: [string, string[]][] = []; // total = Σ parts
  const atMost: [string, string][] = []; // part ≤ whole, from tables whose rows overlap
  for (const t of tables) {
    const keys = tableKeys(t);
    const is = t.rows.map((_, i) => i);
    const js = t.cols.map((_, j) => j);
    is.forEach((i) => js.forEach((j) => note(keys.cell(i, j), t.cells[i]?.[j] ?? 0)));
    is.forEach((i) => note(keys.rowTotal(i), t.rowTotals[i] ?? 0));
    js.forEach((j) => note(keys.colTotal(j), t.colTotals[j] ?? 0));
    note(keys.grand, t.grandTotal);
    if (!t.additive) {
      is.forEach((i) => js.forEach((j) => atMost.push([keys.cell(i, j), keys.colTotal(j)])));
      continue;
    }
    js.forEach((j) => sums.push([keys.colTotal(j), is.map((i) => keys.cell(i, j))]));
    if (!t.colDim) continue;
    is.forEach((i) => sums.push([keys.rowTotal(i), js.map((j) => keys.cell(i, j))]));
    sums.push([keys.grand, is.map((i) => keys.rowTotal(i))], [keys.grand, js.map((j) => keys.colTotal(j))]);
  }
  sums.push(...links.map((l): [string, string[]] => [l.total, l.parts]));
  // A number hidden in one table but shown in another is simply known.
  const vars = [...seen].filter((key) => !known.has(key));
  const index = new Map(vars.map((key, i) => [key, i]));
  const rows = sums.map(([total, parts]) => toRow([total, ...parts], [1, ...parts.map(() => -1)], index, known));
  const useful = rows.filter((row) => row.terms.length > 0);
  const system = [...useful, ...eliminate(useful, vars.length)];
  const whole = atMost.map(([p, w]) => [index.get(p) ?? -1, index.get(w) ?? -1, known.get(w) ?? Infinity] as const);
  const floor = options.hiddenAreNonZero === false ? 0 : 1;
  const bounds: Bounds[] = vars.map(() => ({ lo: floor, hi: Infinity }));
  const check = (b: Bounds[]) => tighten(system, b) && whole.every(([p, w, v]) => p < 0 || cap(b, p, w, v));
  if (!check(bounds)) throw new Error('attack: the published tables contradict each other');
  shave(bounds, check, options.shaveWidth ?? 12);
  const result: AttackResult = { bounds: new Map(), recovered: new Map() };
  vars.forEach((key, i) => {
    const b = bounds[i] as Bounds;
    result.bounds.set(key, b);
    if (b.lo === b.hi) result.recovered.set(key, b.lo);
  });
  return result;
}

function toRow(keys: string[], coefs: number[], index: Map<string, number>, known: Map<string, number>): Row {
  const acc = new Map<number, number>();
  let rhs = 0;
  keys.forEach((key, n) => {
    const i = index.get(key);
    const a = coefs[n] ?? 0;
    if (i === undefined) rhs -= a * (known.get(key) ?? 0);
    else acc.set(i, (acc.get(i) ?? 0) + a);
  });
  return { terms: [...acc].filter(([, a]) => a !== 0).map(([i, a]) => ({ i, a })), rhs };
}

/** Gauss–Jordan with partial pivoting; every reduced row is a consequence the attacker can use. */
function eliminate(rows: readonly Row[], n: number): Row[] {
  const m = rows.map((row) => {
    const dense = new Array<number>(n + 1).fill(0);
    row.terms.forEach(({ i, a }) => (dense[i] = a));
    dense[n] = row.rhs;
    return dense;
  });
  let r = 0;
  for (let c = 0; c < n && r < m.length; c++) {
    let p = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[p]![c]!)) p = i;
    if (Math.abs(m[p]![c]!) < EPS) continue;
    [m[p], m[r]] = [m[r]!, m[p]!];
    const pivot = m[r]!.map((v) => v / m[r]![c]!);
    m[r] = pivot;
    m.forEach((row, i) => i !== r && Math.abs(row[c]!) > EPS && (m[i] = row.map((v, k) => v - row[c]! * pivot[k]!)));
    r++;
  }
  return m.slice(0, r).map((dense) => ({
    terms: dense.slice(0, n).flatMap((a, i) => (Math.abs(a) > EPS ? [{ i, a }] : [])),
    rhs: dense[n]!,
  }));
}

/** Bounds propagation to a fixed point; false on a contradiction. */
function tighten(rows: readonly Row[], b: Bounds[]): boolean {
  for (let pass = 0, changed = true; changed && pass < 500; pass++) {
    changed = false;
    for (const { terms, rhs } of rows) {
      for (const { i, a } of terms) {
        let lo = rhs;
        let hi = rhs;
        for (const t of terms) {
          if (t.i === i) continue;
          const { lo: l, hi: h } = b[t.i]!;
          lo -= t.a > 0 ? t.a * h : t.a * l; // rhs − max(rest)
          hi -= t.a > 0 ? t.a * l : t.a * h; // rhs − min(rest)
        }
        const [from, to] = a > 0 ? [lo / a, hi / a] : [hi / a, lo / a];
        const own = b[i]!;
        const newLo = Number.isNaN(from) ? own.lo : Math.max(own.lo, Math.ceil(from - EPS));
        const newHi = Number.isNaN(to) ? own.hi : Math.min(own.hi, Math.floor(to + EPS));
        if (newLo !== own.lo || newHi !== own.hi) [own.lo, own.hi, changed] = [newLo, newHi, true];
        if (own.lo > own.hi) return false;
      }
    }
  }
  return true;
}

/** part ≤ whole (whole either hidden at index w or published as v). */
function cap(b: Bounds[], p: number, w: number, v: number): boolean {
  const part = b[p]!;
  part.hi = Math.min(part.hi, w >= 0 ? b[w]!.hi : v);
  if (w >= 0) b[w]!.lo = Math.max(b[w]!.lo, part.lo);
  return part.lo <= part.hi;
}

/** Drops every value of a narrow interval that, once assumed, contradicts the published numbers. */
function shave(bounds: Bounds[], check: (b: Bounds[]) => boolean, width: number): void {
  for (let changed = true; changed;) {
    changed = false;
    bounds.forEach((own, i) => {
      if (own.hi - own.lo >= width || own.lo === own.hi) return;
      const feasible: number[] = [];
      for (let v = own.lo; v <= own.hi; v++) {
        const trial = bounds.map((x, n) => (n === i ? { lo: v, hi: v } : { ...x }));
        if (check(trial)) feasible.push(v);
      }
      if (feasible.length === 0) throw new Error('attack: no value fits, the tables contradict each other');
      const [lo, hi] = [Math.min(...feasible), Math.max(...feasible)];
      if (lo !== own.lo || hi !== own.hi) [own.lo, own.hi, changed] = [lo, hi, true];
      if (changed && !check(bounds)) throw new Error('attack: contradiction after shaving');
    });
  }
}
