import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalPerson } from '../../db/people';
import { hasDataKey, watchDataKey } from '../../db/sealing/dataKey';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LanguageSwitcher } from '../language/LanguageSwitcher';
import { clearTablet, saveEncryptedHandoff, savePlainHandoff } from './revokedActions';
import { RevokedUnlock } from './RevokedUnlock';

/**
 * A coordinator revoked this tablet: sync has stopped. The unsynced sessions go to a file for a
 * coordinator first; only then, and only when the volunteer confirms, does the tablet forget everything.
 */
export function RevokedScreen({ pendingCount, deviceId, people }: { pendingCount: number; deviceId: string | null; people: LocalPerson[] }) {
  const { t } = useTranslation('auth');
  const hasKey = useSyncExternalStore(watchDataKey, hasDataKey);
  const [isSaved, setIsSaved] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function save(write: () => Promise<void>) {
    setFailed(false);
    try {
      await write();
      setIsSaved(true);
    } catch {
      setFailed(true);
    }
  }

  async function clear() {
    setIsBusy(true);
    await clearTablet();
  }

  const mustSaveFirst = pendingCount > 0 && !isSaved;
  return (
    <main className="narrow">
      <div className="row spread">
        <h1>{t('revoked.title')}</h1>
        <LanguageSwitcher />
      </div>
      <section className="card" role="alert">
        <p>{t('revoked.why')}</p>
        <p>{t('revoked.pending', { count: pendingCount })}</p>
      </section>
      {pendingCount > 0 && !hasKey && <RevokedUnlock people={people} />}
      <div className="card">
        <Button variant="primary" isBig disabled={pendingCount > 0 && !hasKey} onClick={() => void save(saveEncryptedHandoff)}>
          {t('revoked.save')}
        </Button>
        {isSaved && <p role="status">{t('revoked.saved')}</p>}
        {failed && (
          <>
            <p className="error-text" role="alert">
              {t('revoked.encryptFailed')}
            </p>
            <Button onClick={() => void save(() => savePlainHandoff(deviceId))}>{t('revoked.savePlain')}</Button>
          </>
        )}
        {mustSaveFirst && <p className="hint">{t('revoked.saveFirst')}</p>}
        <Button variant="danger" disabled={mustSaveFirst} onClick={() => setIsConfirming(true)}>
          {t('revoked.clear')}
        </Button>
      </div>
      {isConfirming && (
        <ConfirmDialog title={t('revoked.confirmTitle')} confirmLabel={t('revoked.confirm')} cancelLabel={t('revoked.cancel')} isDanger isBusy={isBusy} onConfirm={() => void clear()} onCancel={() => setIsConfirming(false)}>
          {t('revoked.confirmText', { count: pendingCount })}
        </ConfirmDialog>
      )}
    </main>
  );
}
