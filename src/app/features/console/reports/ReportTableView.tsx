import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '../../../../shared/reports';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/languages';
import { valueText } from './cellText';

type Props = { table: ReportTable; centreName: (id: string) => string | undefined };

/** One report table: caption, column headers, a header cell per row, totals; a note when rows do not add up. */
export function ReportTableView({ table, centreName }: Props) {
  const { t, i18n } = useTranslation(['admin', 'reports', 'vocabulary']);
  const noteId = useId();
  const lng = i18n.language as Language;
  const n = (value: number) => formatNumber(value, lng);
  const value = (dim: ReportTable['rowDim'], code: string) => valueText(dim, code, { t, lng, centreName });
  const colDim = table.colDim;
  const columns = colDim ? table.cols.map((code) => value(colDim, code)) : [t(`reports:universe.${table.universe}`)];
  const hasTotalColumn = colDim !== undefined;
  return (
    <>
      <table className="data-table report-table" aria-describedby={table.noteKey ? noteId : undefined}>
        <caption>{t(`reports:${table.titleKey.replace(/^reports\./, '')}`)}</caption>
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
    </>
  );
}
