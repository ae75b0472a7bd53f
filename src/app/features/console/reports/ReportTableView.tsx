import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTable, SuppressedTable } from '../../../../shared/reports';
import type { Language } from '../../../i18n/languages';
import { cellText, valueText, type NameSources } from './cellText';
import { LazyTableChart } from './LazyTableChart';

type Props = { table: ReportTable | SuppressedTable; names: Pick<NameSources, 'centreName' | 'serviceName'> };

/** One report table with its chart: caption, column headers, a header cell per row, totals; a note when rows do not add up. */
export function ReportTableView({ table, names }: Props) {
  const { t, i18n } = useTranslation(['admin', 'reports', 'vocabulary']);
  const noteId = useId();
  const lng = i18n.language as Language;
  const sources: NameSources = { t, lng, ...names };
  const n = (cell: Parameters<typeof cellText>[0]) => cellText(cell, sources);
  const value = (dim: ReportTable['rowDim'], code: string) => valueText(dim, code, sources);
  const colDim = table.colDim;
  const columns = colDim ? table.cols.map((code) => value(colDim, code)) : [t(`reports:universe.${table.universe}`)];
  const hasTotalColumn = colDim !== undefined;
  const title = t(`reports:${table.titleKey.replace(/^reports\./, '')}`);
  return (
    <section className="report-section" data-table={table.id}>
      <LazyTableChart table={table} title={title} label={(code) => value(table.rowDim, code)} />
      <table className="data-table report-table" aria-describedby={table.noteKey ? noteId : undefined}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`reports:dimension.${table.rowDim}`)}</th>
            {columns.map((label, j) => (
              <th key={table.cols[j]} scope="col" className="num">
                {label}
              </th>
            ))}
            {hasTotalColumn && (
              <th scope="col" className="num">
                {t('reports.total')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={row}>
              <th scope="row">{value(table.rowDim, row)}</th>
              {table.cols.map((col, j) => (
                <td key={col} className="num">
                  {n(table.cells[i]?.[j] ?? 0)}
                </td>
              ))}
              {hasTotalColumn && <td className="num">{n(table.rowTotals[i] ?? 0)}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reports.total')}</th>
            {hasTotalColumn ? (
              table.colTotals.map((total, j) => (
                <td key={table.cols[j]} className="num">
                  {n(total)}
                </td>
              ))
            ) : (
              <td className="num">{n(table.grandTotal)}</td>
            )}
            {hasTotalColumn && <td className="num">{n(table.grandTotal)}</td>}
          </tr>
        </tfoot>
      </table>
      {table.noteKey && (
        <p id={noteId} className="hint report-note">
          {t(`reports:${table.noteKey.replace(/^reports\./, '')}`)}
        </p>
      )}
    </section>
  );
}
