import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LATEST_DB_VERSION } from '../../db/schema';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { ageOf } from '../sync/age';
import { useNow } from '../sync/queries';
import { askForProtection, changeLocalWindow } from './actions';
import { useStorageFacts } from './queries';
import { freeBytes, storageWarnings } from './warnings';
import { WarningBanner } from './WarningBanner';

const WINDOW_CHOICES = ['14', '30', '60', '90'];

/** The usual choices, plus the current value when it was set to something else. */
function windowChoices(current: number): string[] {
  const all = new Set([...WINDOW_CHOICES, String(current)]);
  return [...all].sort((a, b) => Number(a) - Number(b));
}

/** What a coordinator asks about when a tablet has been offline for weeks: is the data safe, and how much waits. */
export function DiagnosticsScreen() {
  const { t, i18n } = useTranslation(['diagnostics', 'sync']);
  const lng = i18n.language as Language;
  const { facts, refresh } = useStorageFacts();
  const now = useNow();
  const [failed, setFailed] = useState(false);
  if (!facts) return null;
  const warnings = storageWarnings(facts, now);
  const mb = (bytes: number | null) => (bytes === null ? t('unknown') : formatNumber(Math.round(bytes / 1_048_576), lng));
  const ago = (at: number | null, none: string) => {
    if (at === null) return none;
    const { key, count } = ageOf(at, now);
    return t(key, { count });
  };
  const protection = facts.isPersisted === null ? t('unknown') : facts.isPersisted ? t('persisted') : t('notPersisted');

  async function ask() {
    await askForProtection();
    refresh();
  }

  async function changeWindow(days: string) {
    setFailed(!(await changeLocalWindow(Number(days))));
  }

  return (
    <>
      <h1>{t('title')}</h1>
      {warnings.length > 0 && <WarningBanner warnings={warnings} facts={facts} now={now} hasDetailsLink={false} />}
      <section className="card">
        <dl>
          <dt>{t('protection')}</dt>
          <dd>
            {protection}{' '}
            {facts.isPersisted === false && <Button onClick={() => void ask()}>{t('askProtection')}</Button>}
          </dd>
          <dt>{t('used')}</dt>
          <dd>{mb(facts.usage)}</dd>
          <dt>{t('free')}</dt>
          <dd>{mb(freeBytes(facts))}</dd>
          <dt>{t('pendingSessions')}</dt>
          <dd>{formatNumber(facts.pendingSessions, lng)}</dd>
          <dt>{t('oldestPending')}</dt>
          <dd>{ago(facts.oldestPendingAt, t('sync:none'))}</dd>
          <dt>{t('lastSync')}</dt>
          <dd>{ago(facts.lastSyncedAt, t('sync:never'))}</dd>
          <dt>{t('appVersion')}</dt>
          <dd>{__APP_VERSION__}</dd>
          <dt>{t('schemaVersion')}</dt>
          <dd>{formatNumber(LATEST_DB_VERSION, lng)}</dd>
        </dl>
      </section>
      <section className="card">
        <SelectField
          label={t('localWindow')}
          placeholder={t('localWindow')}
          choices={windowChoices(facts.localWindowDays).map((d) => ({ value: d, label: t('windowDays', { count: Number(d) }) }))}
          value={String(facts.localWindowDays)}
          onChange={(days) => void changeWindow(days)}
        />
        <p className="hint">{t('localWindowHint')}</p>
        {failed && (
          <p className="error-text" role="alert">
            {t('windowFailed')}
          </p>
        )}
      </section>
    </>
  );
}
