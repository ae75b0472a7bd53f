import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/auth/api';
import { LanguageSwitcher } from '../../language/LanguageSwitcher';
import { AcceptInviteForm } from './AcceptInviteForm';

type Props = { inviteCode: string; onConsole: () => void };

/** /invite/<code>: the invited person chooses a login and password. */
export function AcceptInviteScreen({ inviteCode, onConsole }: Props) {
  const { t } = useTranslation('admin');
  const [volunteer, setVolunteer] = useState<UserView | null>(null);

  function accepted(user: UserView) {
    if (user.role === 'volunteer') setVolunteer(user);
    else onConsole();
  }

  return (
    <main className="narrow">
      <div className="row spread">
        <h1>{t('invite.title')}</h1>
        <LanguageSwitcher />
      </div>
      {volunteer ? (
        <section className="card" aria-live="polite">
          <h2>{t('invite.readyTitle')}</h2>
          <p>{t('invite.readyVolunteer', { login: volunteer.login })}</p>
        </section>
      ) : (
        <>
          <p>{t('invite.intro')}</p>
          <AcceptInviteForm inviteCode={inviteCode} onAccepted={accepted} />
        </>
      )}
    </main>
  );
}
