// Disclosure control for every table that leaves the coordinator's screen (DESIGN.md §7).
//
// What is protected: no count of 1..k−1 people can be read or worked out EXACTLY from one export.
//  - Primary: every published number 1..k−1 is hidden: cells, row and column totals and grand totals alike
//    (a small margin is as telling as a small cell). A true zero stays 0: hiding zeros would hide that a
//    service reached nobody, and an attacker who knows the rule learns that every hidden number is ≥ 1.
//  - Linkage: the export is treated as ONE system. Every number is a named quantity (what it counts and
//    its filters, see quantityKey), so a quantity shown in several tables is one unknown: the session total
//    that closes every session table, a gender total that is both the gender × age row total and a cell of
//    any one-way gender table, the service total shared by e-service, category and outcome tables. Hiding
//    it hides it everywhere. Sums across tables that rows and columns do not show (a category is the sum
//    of its e-services; blocked services are the not-completed outcomes) come in as links.
//  - Secondary: (a) every row, column and link with exactly one hidden member gets a second one: the
//    non-zero published member that costs least (never a headline total if anything else will do, then
//    the fewest new sums it leaves with one hidden member, then the smallest count), until stable;
//    (b) then an audit (feasibility.ts) attacks the whole export as one linear program: the least and
//    greatest value of each hidden small count over all fillings consistent with every published number
//    of every table, every sum and "hidden ⇒ whole and ≥ 1". A small count pinned to one value gets the
//    cheapest published member of one of its sums hidden, and the audit runs again. It ends: with every
//    non-zero number hidden, nothing can be pinned (README.md).
// Not protected: see README.md in this folder (exports across weeks or scopes, knowledge of the algorithm,
// "proven small" intervals, attribute disclosure).
import { HIDDEN, tableKeys, type Cell, type ReportLink, type ReportTable, type SuppressedTable } from './reportTable';
import type { Report } from './aggregate';
import { disclosureModel } from './disclosureModel';
import { pinnedQuantities } from './feasibility';
import { cheapestCover, hideSingletons } from './secondary';
import { TOTAL_KEYS, TOTAL_NAMES, type ReportTotals } from './reportTotals';

export const DEFAULT_K = 5;
/** The threshold to propose when special-category data (Roma/Egyptian, disability) is a dimension. */
export const SENSITIVE_K = 10;

export type SuppressedReport = Omit<Report, 'tables' | 'totals'> & {
  tables: SuppressedTable[];
  totals: ReportTotals<Cell>;
  k: number;
};

export function recommendedK(tables: readonly Pick<ReportTable, 'sensitive'>[]): number {
  return tables.some((table) => table.sensitive) ? SENSITIVE_K : DEFAULT_K;
}

export function suppressReport(report: Report, options: { k?: number } = {}): SuppressedReport {
  const k = options.k ?? DEFAULT_K;
  const hidden = hiddenQuantities(report.tables, report.links, k);
  const totals = Object.fromEntries(
    TOTAL_NAMES.map((name) => [name, hidden.has(TOTAL_KEYS[name]) ? HIDDEN : report.totals[name]]),
  ) as ReportTotals<Cell>;
  return { ...report, tables: report.tables.map((table) => suppressed(table, hidden, k)), totals, k };
}

/** Any set of tables published together; `links` are the sums across them (Report.links). */
export function suppressTables(
  tables: readonly ReportTable[],
  options: { k?: number; links?: readonly ReportLink[] } = {},
): SuppressedTable[] {
  const k = options.k ?? DEFAULT_K;
  const hidden = hiddenQuantities(tables, options.links ?? [], k);
  return tables.map((table) => suppressed(table, hidden, k));
}

/** The names of the quantities to hide in an export (the decision; the tables just follow it). */
export function hiddenQuantities(tables: readonly ReportTable[], links: readonly ReportLink[], k: number): Set<string> {
  if (!Number.isInteger(k) || k < 2) {
    throw new RangeError(`disclosure_k_too_small: k must be a whole number of at least 2 (got ${k})`);
  }
  const model = disclosureModel(tables, links);
  const primary = [...model.values].filter(([, n]) => n >= 1 && n < k).map(([key]) => key);
  const hidden = new Set(primary);
  for (;;) {
    hideSingletons(model, hidden);
    const exposed = [...pinnedQuantities(model.equations, model.values, hidden, new Set(primary)).keys()];
    if (exposed.length === 0) return hidden;
    // One cover per round: it often frees the other exposed cells of the same sum too.
    hidden.add(cheapestCover(model, hidden, exposed[0] as string));
  }
}

function suppressed(table: ReportTable, hidden: ReadonlySet<string>, k: number): SuppressedTable {
  const keys = tableKeys(table);
  const show = (key: string, value: number): Cell => (hidden.has(key) ? HIDDEN : value);
  return {
    ...table,
    cells: table.cells.map((row, i) => row.map((value, j) => show(keys.cell(i, j), value))),
    rowTotals: table.rowTotals.map((value, i) => show(keys.rowTotal(i), value)),
    colTotals: table.colTotals.map((value, j) => show(keys.colTotal(j), value)),
    grandTotal: show(keys.grand, table.grandTotal),
    k,
  };
}
