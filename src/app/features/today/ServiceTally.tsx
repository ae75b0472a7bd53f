import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/schemas/session';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { tallyServices } from './tally';

export function ServiceTally({ sessions, nameOf }: { sessions: readonly Session[]; nameOf: (code: string) => string }) {
  const { t, i18n } = useTranslation('session');
  const rows = tallyServices(sessions);
  if (rows.length === 0) return null;
  return (
    <table>
      <caption className="visually-hidden">{t('today.tally')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('today.service')}</th>
          <th scope="col" className="num">{t('today.times')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([code, n]) => (
          <tr key={code}>
            <td>{nameOf(code)}</td>
            <td className="num">{formatNumber(n, i18n.language as Language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
