import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { lockTablet } from '../../db/peopleSession';

/** Who the tablet works for now (its text is in common: the auth namespace loads only with the lock screens), and the first of the two taps that hand it to someone else. */
export function PersonBar({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <div className="person-bar row spread">
      <span>{t('personBar.signedInAs', { name })}</span>
      <Button onClick={() => void lockTablet()}>{t('personBar.switch')}</Button>
    </div>
  );
}
