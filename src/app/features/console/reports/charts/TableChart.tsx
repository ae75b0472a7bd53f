import { useTranslation } from 'react-i18next';
import { INTL_LOCALE, type Language } from '../../../../i18n/languages';
import { BarChart } from './BarChart';
import { barsOf } from './chartBars';
import type { ChartProps } from './chartProps';
import { ColumnChart } from './ColumnChart';

/** The chart of one report table: columns for the days of the week, horizontal bars for everything else. */
export function TableChart({ table, title, label }: ChartProps) {
  const { t, i18n } = useTranslation('reports');
  const bars = barsOf(table);
  if (bars.length === 0) return null;
  const ariaLabel = t('chart.label', { title });
  const isDays = table.rowDim === 'day';
  const Chart = isDays ? ColumnChart : BarChart;
  return (
    <figure className="report-chart">
      <Chart bars={bars} label={isDays ? shortDay(i18n.language as Language) : label} ariaLabel={ariaLabel} />
    </figure>
  );
}

/** "Mon 16" under a column: the table beside it has the full date. */
function shortDay(lng: Language): (code: string) => string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[lng], { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  return (code) => format.format(new Date(`${code}T12:00:00Z`));
}
