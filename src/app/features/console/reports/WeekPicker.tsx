import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { lastWeekHere, nextWeek, previousWeek } from './week';

type Props = { week: string; onWeek: (week: string) => void; /** The last week offered; the last complete one by default. */ latest?: string };

/** An ISO week: previous / next, or typed in the browser's week field; the future is not offered. */
export function WeekPicker({ week, onWeek, latest = lastWeekHere() }: Props) {
  const { t } = useTranslation('admin');
  const id = useId();
  const next = nextWeek(week);
  return (
    <div className="row report-week">
      <Button onClick={() => onWeek(previousWeek(week))}>{t('reports.previousWeek')}</Button>
      <label className="field-label" htmlFor={id}>
        {t('reports.week')}
      </label>
      <input
        id={id}
        type="week"
        value={week}
        max={latest}
        onChange={(e) => {
          if (/^\d{4}-W\d{2}$/.test(e.target.value)) onWeek(e.target.value);
        }}
      />
      <Button onClick={() => onWeek(next)} disabled={next > latest}>
        {t('reports.nextWeek')}
      </Button>
    </div>
  );
}
