import { isHidden, type Cell, type ReportTable, type SuppressedTable } from '../../../../../shared/reports';

export type Bar = { code: string; value: Cell };

/** One bar per row: the count of a one-way table, the row total of a two-way one. */
export function barsOf(table: ReportTable | SuppressedTable): Bar[] {
  return table.rows.map((code, i) => ({ code, value: (table.colDim ? table.rowTotals[i] : table.cells[i]?.[0]) ?? 0 }));
}

/** The largest shown count, at least 1 so an all-zero week still draws a scale. */
export function maxOf(bars: readonly Bar[]): number {
  return Math.max(1, ...bars.map((b) => (isHidden(b.value) ? 0 : b.value)));
}

/** A long name cut to fit beside its bar; the table below keeps the full one. */
export function shortLabel(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
