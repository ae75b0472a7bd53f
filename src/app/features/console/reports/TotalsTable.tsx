import { useTranslation } from 'react-i18next';
import { isHidden, TOTAL_NAMES, type Cell, type ReportTotals, type TotalChange, type TotalName } from '../../../../shared/reports';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/languages';

type Props = { totals: ReportTotals<Cell>; comparison: Record<TotalName, TotalChange> | null };

/** The headline numbers of the week and their change from the previous week. */
export function TotalsTable({ totals, comparison }: Props) {
  const { t, i18n } = useTranslation(['admin', 'reports']);
  const lng = i18n.language as Language;
  const n = (cell: Cell | undefined) => {
    if (cell === undefined) return t('reports.notAvailable');
    return isHidden(cell) ? t('reports:hidden') : formatNumber(cell, lng);
  };
  const signed = (cell: Cell | undefined) => (typeof cell === 'number' && cell > 0 ? `+${n(cell)}` : n(cell));
  return (
    <table className="data-table report-table">
      <caption>{t('reports.totalsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.measure')}</th>
          <th scope="col" className="num">
            {t('reports.thisWeek')}
          </th>
          <th scope="col" className="num">
            {t('reports.previousWeekTotal')}
          </th>
          <th scope="col" className="num">
            {t('reports.change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {TOTAL_NAMES.map((name) => (
          <tr key={name} data-total={name}>
            <th scope="row">{t(`reports.totals.${name}`)}</th>
            <td className="num">{n(totals[name])}</td>
            <td className="num">{n(comparison?.[name].previous)}</td>
            <td className="num">{signed(comparison?.[name].delta)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
