import { useTranslation } from 'react-i18next';
import { isHidden } from '../../../../../shared/reports';
import type { Language } from '../../../../i18n/languages';
import type { BarChartProps } from './BarChart';
import { formatCount } from '../cellText';
import { maxOf } from './chartBars';

const WIDTH = 640;
const HEIGHT = 180;
const TOP = 18;
const BASE = 140;

/** Columns over time (the days of the week); a hidden count is a dashed column marked hidden. */
export function ColumnChart({ bars, label, ariaLabel }: BarChartProps) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language as Language;
  const max = maxOf(bars);
  const slot = WIDTH / bars.length;
  const width = Math.min(60, slot * 0.6);
  return (
    <svg role="img" aria-label={ariaLabel} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" className="chart chart-columns">
      <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} stroke="#999" />
      {bars.map((bar, i) => {
        const x = i * slot + (slot - width) / 2;
        const count = isHidden(bar.value) ? null : bar.value;
        const hidden = count === null;
        const height = hidden ? BASE - TOP : Math.round((count / max) * (BASE - TOP));
        return (
          <g key={bar.code} data-bar={bar.code} data-hidden={hidden ? 'true' : undefined}>
            {hidden ? (
              <rect x={x} y={TOP} width={width} height={height} fill="none" stroke="#777" strokeDasharray="4 3" />
            ) : (
              <rect x={x} y={BASE - height} width={width} height={height} fill="#2f6ea5" />
            )}
            <text x={x + width / 2} y={hidden ? TOP + 40 : BASE - height - 4} textAnchor="middle" fontSize="12" fill="currentColor">
              {hidden ? t('hidden') : formatCount(count, lng)}
            </text>
            <text x={x + width / 2} y={BASE + 16} textAnchor="middle" fontSize="11" fill="currentColor">
              {label(bar.code)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
