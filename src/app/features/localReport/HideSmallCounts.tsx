import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';

type Props = { k: number; isOn: boolean; onChange: (isOn: boolean) => void };

/** Shows the tables as a donor file would: counts 1..k−1, and what would reveal them, hidden. */
export function HideSmallCounts({ k, isOn, onChange }: Props) {
  const { t, i18n } = useTranslation('reports');
  return (
    <div className="choices">
      <label className="choice">
        <input type="checkbox" checked={isOn} onChange={(e) => onChange(e.target.checked)} />
        <span>{t('local.hideSmall', { k: formatNumber(k, i18n.language as Language) })}</span>
      </label>
    </div>
  );
}
