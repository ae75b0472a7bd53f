import { useTranslation } from 'react-i18next';
import type { InviteCreated } from '../../../../shared/auth/api';
import { Button } from '../../../ui/Button';
import { CopyField } from '../../../ui/CopyField';
import { formatDateTime } from '../formatDateTime';

type Props = { invite: InviteCreated; name: string; onDone: () => void };

/** The code and link are shown once: only their hash is kept on the server. */
export function InviteCreatedPanel({ invite, name, onDone }: Props) {
  const { t, i18n } = useTranslation('admin');
  const link = `${window.location.origin}/invite/${invite.inviteCode}`;
  const copyLabels = { copy: t('actions.copy'), copied: t('status.copied'), copyFailed: t('status.copyFailed') };
  return (
    <section className="card card-highlight" aria-labelledby="invite-created-title">
      <h2 id="invite-created-title">{t('people.invitedTitle', { name })}</h2>
      <p>{t('people.invitedIntro')}</p>
      <CopyField label={t('people.inviteLink')} value={link} {...copyLabels} />
      <CopyField label={t('people.inviteCode')} value={invite.inviteCode} isLarge {...copyLabels} />
      <p>
        <strong>{t('people.inviteExpires', { when: formatDateTime(invite.expiresAt, i18n.language) })}</strong>
      </p>
      <p className="banner banner-warn">{t('people.inviteOnce')}</p>
      <Button variant="primary" onClick={onDone}>
        {t('actions.done')}
      </Button>
    </section>
  );
}
