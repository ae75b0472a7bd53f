// A small dense simplex for the disclosure audit: A·y = b, y ≥ 0, minimise c·y. Bland's rule (lowest index
// enters and leaves) is slow but never cycles, and the audit's systems are a few dozen unknowns per
// connected group of hidden cells, so clarity wins over speed here.

/** Rows of [coefficients… | right-hand side] in the basis `basis` (one basic column per row). */
export type Tableau = { rows: number[][]; basis: number[]; columns: number };
export type Optimum = { value: number; solution: number[] };

const EPS = 1e-9;
const MAX_PIVOTS = 50_000;

/** A feasible starting tableau (phase I with one artificial column per row), or undefined if none exists. */
export function feasibleTableau(a: readonly number[][], b: readonly number[], columns: number): Tableau | undefined {
  const m = a.length;
  const rows = a.map((row, i) => {
    const sign = (b[i] ?? 0) < 0 ? -1 : 1; // artificials start at |b|, so b must be ≥ 0
    const full = new Array<number>(columns + m + 1).fill(0);
    row.forEach((v, j) => (full[j] = sign * v));
    full[columns + i] = 1;
    full[columns + m] = sign * (b[i] ?? 0);
    return full;
  });
  const tableau: Tableau = { rows, basis: a.map((_, i) => columns + i), columns: columns + m };
  const cost = Array.from({ length: columns + m }, (_, j) => (j >= columns ? 1 : 0));
  runSimplex(tableau, cost);
  if (objective(tableau, cost) > 1e-7) return undefined;
  for (let r = 0; r < tableau.rows.length; r++) {
    if ((tableau.basis[r] ?? 0) < columns) continue;
    const enter = (tableau.rows[r] ?? []).findIndex((v, j) => j < columns && Math.abs(v) > EPS);
    if (enter >= 0) pivot(tableau, r, enter);
    else {
      // A row that other rows imply: drop it with its artificial.
      tableau.rows.splice(r, 1);
      tableau.basis.splice(r, 1);
      r--;
    }
  }
  const shrunk = tableau.rows.map((row) => [...row.slice(0, columns), row[columns + m] ?? 0]);
  return { rows: shrunk, basis: tableau.basis, columns };
}

/** min cost·y from a feasible tableau (left untouched); value −Infinity when unbounded below. */
export function minimise(start: Tableau, cost: readonly number[]): Optimum {
  const tableau: Tableau = { rows: start.rows.map((row) => [...row]), basis: [...start.basis], columns: start.columns };
  if (!runSimplex(tableau, cost)) return { value: -Infinity, solution: [] };
  return { value: objective(tableau, cost), solution: solutionOf(tableau) };
}

export function solutionOf(tableau: Tableau): number[] {
  const y = new Array<number>(tableau.columns).fill(0);
  tableau.basis.forEach((j, r) => (y[j] = tableau.rows[r]?.[tableau.columns] ?? 0));
  return y;
}

/** False when unbounded. */
function runSimplex(tableau: Tableau, cost: readonly number[]): boolean {
  const { rows, basis, columns } = tableau;
  for (let pivots = 0; pivots < MAX_PIVOTS; pivots++) {
    let enter = -1;
    for (let j = 0; j < columns && enter < 0; j++) {
      let reduced = cost[j] ?? 0;
      rows.forEach((row, r) => (reduced -= (cost[basis[r] ?? 0] ?? 0) * (row[j] ?? 0)));
      if (reduced < -EPS) enter = j;
    }
    if (enter < 0) return true;
    let leave = -1;
    let best = Infinity;
    rows.forEach((row, r) => {
      const coef = row[enter] ?? 0;
      if (coef <= EPS) return;
      const ratio = (row[columns] ?? 0) / coef;
      const tie = Math.abs(ratio - best) <= EPS && (basis[r] ?? 0) < (basis[leave] ?? 0);
      if (ratio < best - EPS || tie) [best, leave] = [ratio, r];
    });
    if (leave < 0) return false;
    pivot(tableau, leave, enter);
  }
  throw new Error('disclosure_audit_stalled: the simplex did not converge');
}

function pivot(tableau: Tableau, r: number, enter: number): void {
  const { rows } = tableau;
  const pivotRow = (rows[r] ?? []).map((v, _, row) => v / (row[enter] ?? 1));
  rows[r] = pivotRow;
  rows.forEach((row, i) => {
    const factor = row[enter] ?? 0;
    if (i !== r && factor !== 0) rows[i] = row.map((v, k) => v - factor * (pivotRow[k] ?? 0));
  });
  tableau.basis[r] = enter;
}

function objective(tableau: Tableau, cost: readonly number[]): number {
  return tableau.basis.reduce((sum, j, r) => sum + (cost[j] ?? 0) * (tableau.rows[r]?.[tableau.columns] ?? 0), 0);
}
