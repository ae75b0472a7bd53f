// An export seen the way an attacker sees it: one set of named quantities (every cell, margin and total of
// every table, a quantity shown in several tables counted once) and the sums that tie them together.
import { tableKeys, type ReportLink, type ReportTable } from './reportTable';

/** total = Σ parts, over quantity names. */
export type Equation = { total: string; parts: readonly string[] };

export type DisclosureModel = {
  values: ReadonlyMap<string, number>;
  equations: readonly Equation[];
  /** The equations each quantity is in. */
  equationsOf: ReadonlyMap<string, readonly Equation[]>;
};

export function disclosureModel(tables: readonly ReportTable[], links: readonly ReportLink[]): DisclosureModel {
  const values = new Map<string, number>();
  const record = (key: string, value: number, tableId: string) => {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`disclosure_bad_count: ${tableId} has ${value} for ${key}`);
    }
    const seen = values.get(key);
    // The same quantity with two values means the tables were not built from the same counts.
    if (seen !== undefined && seen !== value) {
      throw new Error(`disclosure_inconsistent_tables: ${key} is ${seen} in one table and ${value} in ${tableId}`);
    }
    values.set(key, value);
  };
  const equations: Equation[] = [];
  for (const table of tables) {
    const keys = tableKeys(table);
    const rows = table.rows.map((_, i) => i);
    const cols = table.cols.map((_, j) => j);
    rows.forEach((i) => cols.forEach((j) => record(keys.cell(i, j), table.cells[i]?.[j] ?? NaN, table.id)));
    rows.forEach((i) => record(keys.rowTotal(i), table.rowTotals[i] ?? NaN, table.id));
    cols.forEach((j) => record(keys.colTotal(j), table.colTotals[j] ?? NaN, table.id));
    record(keys.grand, table.grandTotal, table.id);
    if (!table.additive) continue; // its rows overlap: no sum ties them to the total
    rows.forEach((i) => equations.push({ total: keys.rowTotal(i), parts: cols.map((j) => keys.cell(i, j)) }));
    cols.forEach((j) => equations.push({ total: keys.colTotal(j), parts: rows.map((i) => keys.cell(i, j)) }));
    equations.push({ total: keys.grand, parts: rows.map((i) => keys.rowTotal(i)) });
    equations.push({ total: keys.grand, parts: cols.map((j) => keys.colTotal(j)) });
  }
  for (const link of links) {
    for (const key of [link.total, ...link.parts]) {
      if (!values.has(key)) throw new Error(`disclosure_unknown_link: ${key} is in no table of the export`);
    }
    equations.push(link);
  }
  return withIndex(values, dedupe(equations));
}

/** Drops equations that say nothing (a one-way table's cell is its own row total) and repeats. */
function dedupe(equations: readonly Equation[]): Equation[] {
  const seen = new Set<string>();
  const kept: Equation[] = [];
  for (const { total, parts } of equations) {
    if (parts.length === 1 && parts[0] === total) continue;
    const id = JSON.stringify([total, [...parts].sort()]);
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push({ total, parts });
  }
  return kept;
}

function withIndex(values: Map<string, number>, equations: Equation[]): DisclosureModel {
  const equationsOf = new Map<string, Equation[]>();
  for (const equation of equations) {
    for (const key of [equation.total, ...equation.parts]) {
      const list = equationsOf.get(key) ?? [];
      list.push(equation);
      equationsOf.set(key, list);
    }
  }
  return { values, equations, equationsOf };
}
