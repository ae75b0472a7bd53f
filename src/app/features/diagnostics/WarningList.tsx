import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { freeBytes, type StorageFacts, type StorageWarning } from './warnings';

const DAY_MS = 86_400_000;

/** The warnings in the volunteer's words, each saying what to do. */
export function WarningList({ warnings, facts, now }: { warnings: readonly StorageWarning[]; facts: StorageFacts; now: number }) {
  const { t, i18n } = useTranslation('diagnostics');
  const lng = i18n.language as Language;
  const text = (warning: StorageWarning) => {
    if (warning === 'stalePending') return t('warning.stalePending', { count: Math.floor((now - (facts.oldestPendingAt ?? now)) / DAY_MS) });
    if (warning === 'lowSpace') return t('warning.lowSpace', { free: formatNumber(Math.floor((freeBytes(facts) ?? 0) / 1_048_576), lng) });
    return t('warning.persistRefused');
  };
  return (
    <ul className="list">
      {warnings.map((w) => (
        <li key={w} data-warning={w}>
          {text(w)}
        </li>
      ))}
    </ul>
  );
}
