// The audit disclosure control runs before anything leaves: which hidden counts could an attacker pin to
// one value from the published numbers? It is the linear-programming attack: for each hidden small count,
// its least and greatest value over every table filling that matches all published numbers, all sums and
// what is public about hidden numbers (whole, at least 1, since true zeros are always shown). LP bounds are
// at least as tight as row-by-row differencing, bounds propagation or linear algebra, so a count the LP
// cannot pin, none of those can. Whole-number reasoning finer than rounding the LP bounds is not covered.
import type { Equation } from './disclosureModel';
import { feasibleTableau, minimise, solutionOf } from './simplex';

const EPS = 1e-7;

/** The targets an attacker can pin, with the value they are pinned to. */
export function pinnedQuantities(
  equations: readonly Equation[],
  values: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  targets: ReadonlySet<string>,
): Map<string, number> {
  const unknowns = [...hidden];
  const index = new Map(unknowns.map((key, i) => [key, i]));
  const rows = equations.flatMap(({ total, parts }) => {
    const coefs = new Map<number, number>();
    let rhs = 0;
    for (const [key, sign] of [[total, 1] as const, ...parts.map((p) => [p, -1] as const)]) {
      const i = index.get(key);
      if (i === undefined) rhs -= sign * (values.get(key) ?? 0);
      else coefs.set(i, (coefs.get(i) ?? 0) + sign);
    }
    for (const [i, c] of coefs) if (c === 0) coefs.delete(i);
    return coefs.size > 0 ? [{ coefs, rhs }] : [];
  });
  const pinned = new Map<string, number>();
  for (const component of components(rows, unknowns.length)) {
    const vars = [...new Set(component.flatMap((row) => [...row.coefs.keys()]))];
    if (!vars.some((i) => targets.has(unknowns[i] ?? ''))) continue;
    // Shift every unknown by its lower bound 1 (x = y + 1, y ≥ 0), the form the simplex takes.
    const a = component.map((row) => vars.map((i) => row.coefs.get(i) ?? 0));
    const b = component.map((row) => row.rhs - [...row.coefs.values()].reduce((s, c) => s + c, 0));
    const start = feasibleTableau(a, b, vars.length);
    if (!start) throw new Error('disclosure_infeasible: the tables contradict each other');
    const seen = solutionOf(start).map((y) => ({ min: y, max: y }));
    const see = (solution: number[]) =>
      solution.forEach((y, j) => {
        const s = seen[j];
        if (s) [s.min, s.max] = [Math.min(s.min, y), Math.max(s.max, y)];
      });
    // Two feasible fillings that differ by a whole number already prove a count is not pinned.
    const isOpen = (j: number) => Math.ceil((seen[j]?.min ?? 0) - EPS) < Math.floor((seen[j]?.max ?? 0) + EPS);
    vars.forEach((i, j) => {
      const key = unknowns[i] ?? '';
      if (!targets.has(key) || isOpen(j)) return;
      const unit = (sign: number) => vars.map((_, n) => (n === j ? sign : 0));
      const low = minimise(start, unit(1));
      see(low.solution);
      if (isOpen(j)) return;
      const high = minimise(start, unit(-1));
      see(high.solution);
      const lo = Math.ceil(low.value + 1 - EPS);
      const hi = Number.isFinite(high.value) ? Math.floor(-high.value + 1 + EPS) : Infinity;
      if (lo === hi) pinned.set(key, lo);
    });
  }
  return pinned;
}

/** Rows grouped by the hidden quantities they share: each group is audited on its own, much smaller LP. */
function components<R extends { coefs: Map<number, number> }>(rows: readonly R[], n: number): R[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (const row of rows) {
    const [first, ...rest] = [...row.coefs.keys()];
    for (const i of rest) parent[find(i)] = find(first ?? i);
  }
  const groups = new Map<number, R[]>();
  for (const row of rows) {
    const root = find(row.coefs.keys().next().value ?? 0);
    groups.set(root, [...(groups.get(root) ?? []), row]);
  }
  return [...groups.values()];
}
