import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { DeviceProfile } from '../../db/device';
import { LanguageSwitcher } from '../language/LanguageSwitcher';
import { useCentre, useStorageInfo } from './queries';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';

export function SettingsScreen({ profile }: { profile: DeviceProfile }) {
  const { t, i18n } = useTranslation(['common', 'setup', 'vocabulary', 'diagnostics', 'handoff']);
  const lng = i18n.language as Language;
  const centre = useCentre(profile.centreId);
  const storage = useStorageInfo();
  const mb = (bytes: number) => formatNumber(Math.round(bytes / 1_048_576), lng);
  return (
    <>
      <h1>{t('common:nav.settings')}</h1>
      <section className="card">
        <LanguageSwitcher />
      </section>
      <section className="card">
        <Link to="/handoff">{t('handoff:link')}</Link>
      </section>
      <section className="card">
        <h2>{t('common:settings.device')}</h2>
        <dl>
          <dt>{t('setup:centreName')}</dt>
          <dd>{centre?.name}</dd>
          <dt>{t('setup:country')}</dt>
          <dd>{t(`vocabulary:country.${profile.country}`)}</dd>
          <dt>{t('setup:volunteerName')}</dt>
          <dd>{profile.volunteerName}</dd>
          <dt>{t('common:settings.storage')}</dt>
          <dd>
            {storage ? t('common:settings.storageUsed', { used: mb(storage.usage), quota: mb(storage.quota) }) : '—'}
            {' · '}
            {storage?.isPersisted ? t('common:settings.persisted') : t('common:settings.notPersisted')}
            {' · '}
            <Link to="/diagnostics" className="link-target">{t('diagnostics:link')}</Link>
          </dd>
          <dt>{t('common:settings.version')}</dt>
          <dd>{__APP_VERSION__}</dd>
        </dl>
      </section>
    </>
  );
}
