import { useTranslation } from 'react-i18next';
import { isHidden } from '../../../../../shared/reports';
import type { Language } from '../../../../i18n/languages';
import { formatCount } from '../cellText';
import { maxOf, shortLabel, type Bar } from './chartBars';

export type BarChartProps = { bars: readonly Bar[]; label: (code: string) => string; ariaLabel: string };

const WIDTH = 640;
const LABEL_WIDTH = 230;
const BAR_AREA = 330;
const ROW = 24;

/** Horizontal bars, one per row; a hidden count is a dashed box marked hidden, never a zero-length bar. */
export function BarChart({ bars, label, ariaLabel }: BarChartProps) {
  const { t, i18n } = useTranslation('reports');
  const lng = i18n.language as Language;
  const max = maxOf(bars);
  return (
    <svg role="img" aria-label={ariaLabel} viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 4}`} width="100%" className="chart chart-bars">
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const count = isHidden(bar.value) ? null : bar.value;
        const hidden = count === null;
        const width = hidden ? 0 : Math.round((count / max) * BAR_AREA);
        return (
          <g key={bar.code} data-bar={bar.code} data-hidden={hidden ? 'true' : undefined}>
            <text x={LABEL_WIDTH - 8} y={y + 15} textAnchor="end" fontSize="12" fill="currentColor">
              {shortLabel(label(bar.code))}
            </text>
            {hidden ? (
              <rect x={LABEL_WIDTH} y={y + 3} width={40} height={ROW - 8} fill="none" stroke="#777" strokeDasharray="4 3" />
            ) : (
              <rect x={LABEL_WIDTH} y={y + 3} width={width} height={ROW - 8} fill="#2f6ea5" />
            )}
            <text x={LABEL_WIDTH + (hidden ? 46 : width + 6)} y={y + 15} fontSize="12" fill="currentColor">
              {hidden ? t('hidden') : formatCount(count, lng)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
