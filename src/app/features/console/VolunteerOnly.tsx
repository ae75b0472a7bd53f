import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/auth/api';
import { Button } from '../../ui/Button';
import { signOutOfConsole } from './signIn/actions';

/** A volunteer signed in here: their work is on the centre's tablet, not in the console. */
export function VolunteerOnly({ user }: { user: UserView }) {
  const { t } = useTranslation('admin');
  return (
    <section className="card">
      <h1>{t('console.volunteerTitle')}</h1>
      <p>{t('console.volunteerBody', { name: user.displayName })}</p>
      <Button onClick={() => void signOutOfConsole()}>{t('console.signOut')}</Button>
    </section>
  );
}
