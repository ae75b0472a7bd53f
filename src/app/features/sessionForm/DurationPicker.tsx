import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';

const QUICK_PICKS = ['5', '10', '15', '20', '30', '45', '60'] as const;
type Props = { value: number | null; onChange: (minutes: number) => void; error?: string };

/** Quick picks for the usual lengths, or a start/stop timer that rounds up to whole minutes. Memoised: see SessionForm. */
export const DurationPicker = memo(function DurationPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation('session');
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);

  const elapsedMin = startedAt === null ? 0 : Math.floor((now - startedAt) / 60_000);
  const choices = useMemo(() => QUICK_PICKS.map((m) => ({ value: m, label: t('form.minutes', { count: Number(m) }) })), [t]);
  const picked = value !== null && (QUICK_PICKS as readonly string[]).includes(String(value)) ? String(value) : null;

  return (
    <div>
      <ChoiceGroup legend={t('form.duration')} choices={choices} value={picked as (typeof QUICK_PICKS)[number] | null} onChange={(m) => onChange(Number(m))} error={error} />
      <div className="row">
        {startedAt === null ? (
          <Button onClick={() => { setStartedAt(Date.now()); setNow(Date.now()); }}>{t('form.timerStart')}</Button>
        ) : (
          <Button
            variant="primary"
            onClick={() => {
              onChange(Math.max(1, Math.ceil((Date.now() - startedAt) / 60_000)));
              setStartedAt(null);
            }}
          >
            {t('form.timerStop', { count: elapsedMin })}
          </Button>
        )}
        {value !== null && picked === null && <span>{t('form.minutes', { count: value })}</span>}
      </div>
    </div>
  );
});
