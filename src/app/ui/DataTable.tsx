import type { ReactNode } from 'react';

export type Column<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  isNumeric?: boolean;
};

type Props<T> = {
  /** Names the table for screen readers (visually hidden caption). */
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown instead of an empty table. */
  empty: string;
  /** Dims a row that is switched off (disabled, revoked, retired). */
  isMuted?: (row: T) => boolean;
};

/** A plain data table: the first column heads its row, every column has a header. */
export function DataTable<T>({ caption, columns, rows, rowKey, empty, isMuted }: Props<T>) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.isNumeric ? 'num' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={isMuted?.(row) ? 'muted' : undefined}>
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={c.key} scope="row">
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} className={c.isNumeric ? 'num' : undefined}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
