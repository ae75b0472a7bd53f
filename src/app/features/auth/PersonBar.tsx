import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { lockNow } from './actions';

/** Who the tablet works for now, and the first of the two taps that hand it to someone else. */
export function PersonBar({ name }: { name: string }) {
  const { t } = useTranslation('auth');
  return (
    <div className="person-bar row spread">
      <span>{t('bar.signedInAs', { name })}</span>
      <Button onClick={() => void lockNow()}>{t('bar.switch')}</Button>
    </div>
  );
}
