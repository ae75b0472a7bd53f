// The one shape of every report table, raw (the coordinator's screen) and suppressed (anything that leaves
// it), and the names of the quantities in it. A quantity is named by what it counts and its filters, so the
// same number in two tables (the session total, a gender margin) gets the same name wherever it appears:
// that is how disclosure control sees one table's margin in another.

/** The columns and rows a table can be broken down by; the codes are vocabulary codes, dates or ids. */
export type Dimension =
  | 'day'
  | 'eService'
  | 'category'
  | 'outcome'
  | 'blocker'
  | 'channel'
  | 'gender'
  | 'ageBand'
  | 'group'
  | 'firstVisit'
  | 'centre';

/** What one count is: a session, a service entry, or a service entry that was not completed (it has a blocker). */
export type Universe = 'sessions' | 'services' | 'services_not_completed';

export type ReportTable = {
  id: string;
  /** i18n key of the title, e.g. "reports.table.sessions_by_day". */
  titleKey: string;
  universe: Universe;
  rowDim: Dimension;
  /** Absent for a one-way table: it then has a single column named after its universe. */
  colDim?: Dimension;
  rows: string[];
  cols: string[];
  cells: number[][];
  rowTotals: number[];
  colTotals: number[];
  grandTotal: number;
  /** False when one unit can count in several rows (groups): rows then do not sum to the total. */
  additive: boolean;
  /** True when a special-category (GDPR art. 9) code is a row or column. */
  sensitive: boolean;
  /** i18n key of a note printed under the table, e.g. why it is not additive. */
  noteKey?: string;
};

export type Hidden = { readonly hidden: true };
export type Cell = number | Hidden;

/** A table fit to leave the coordinator's screen: small counts and what would reveal them are hidden. */
export type SuppressedTable = Omit<ReportTable, 'cells' | 'rowTotals' | 'colTotals' | 'grandTotal'> & {
  cells: Cell[][];
  rowTotals: Cell[];
  colTotals: Cell[];
  grandTotal: Cell;
  /** The threshold used: counts 1..k−1 never appear. */
  k: number;
};

/** total = Σ parts between quantities of different tables that their own rows and columns do not show. */
export type ReportLink = { total: string; parts: string[] };

export const HIDDEN: Hidden = Object.freeze({ hidden: true });

export function isHidden(cell: Cell): cell is Hidden {
  return typeof cell !== 'number';
}

/** The name of a quantity: what it counts and the filters on it, in a canonical order. */
export function quantityKey(universe: Universe, filters: readonly (readonly [Dimension, string])[]): string {
  const sorted = [...filters].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([universe, ...sorted.map(([dim, code]) => `${dim}=${code}`)]);
}

/** A quantity with no filter: the total of a whole universe (all sessions, all services), a headline number. */
export function isGrandTotal(key: string): boolean {
  return (JSON.parse(key) as unknown[]).length === 1;
}

type TableShape = Pick<ReportTable, 'universe' | 'rowDim' | 'colDim' | 'rows' | 'cols'>;

/** The names of every number a table shows; a one-way table's cells and row totals share their names. */
export function tableKeys(table: TableShape): {
  cell: (i: number, j: number) => string;
  rowTotal: (i: number) => string;
  colTotal: (j: number) => string;
  grand: string;
} {
  const { universe, rowDim, colDim, rows, cols } = table;
  const row = (i: number) => [rowDim, rows[i] ?? ''] as const;
  const col = (j: number) => (colDim ? [[colDim, cols[j] ?? ''] as const] : []);
  return {
    cell: (i, j) => quantityKey(universe, [row(i), ...col(j)]),
    rowTotal: (i) => quantityKey(universe, [row(i)]),
    colTotal: (j) => quantityKey(universe, col(j)),
    grand: quantityKey(universe, []),
  };
}

type TableHead = Omit<ReportTable, 'rows' | 'cols' | 'cells' | 'rowTotals' | 'colTotals' | 'grandTotal' | 'colDim'>;

/** A one-way table; `grandTotal` is given for a non-additive table (its base), summed otherwise. */
export function oneWayTable(
  head: TableHead,
  rows: readonly string[],
  count: (row: string) => number,
  base?: number,
): ReportTable {
  const cells = rows.map((row) => [count(row)]);
  const column = cells.map(([n]) => n ?? 0);
  const grandTotal = base ?? sum(column);
  return {
    ...head,
    rows: [...rows],
    cols: [head.universe],
    cells,
    rowTotals: column,
    colTotals: [grandTotal],
    grandTotal,
  };
}

export function twoWayTable(
  head: TableHead & { colDim: Dimension },
  rows: readonly string[],
  cols: readonly string[],
  count: (row: string, col: string) => number,
): ReportTable {
  const cells = rows.map((row) => cols.map((col) => count(row, col)));
  const rowTotals = cells.map(sum);
  const colTotals = cols.map((_, j) => sum(cells.map((r) => r[j] ?? 0)));
  return { ...head, rows: [...rows], cols: [...cols], cells, rowTotals, colTotals, grandTotal: sum(rowTotals) };
}

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
