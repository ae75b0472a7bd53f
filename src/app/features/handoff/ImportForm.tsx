import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { importHandoffFile } from './actions';
import { useHandoffImport } from './useHandoffImport';

/** "Import a hand-off file" from another tablet of this centre; the normal sync then sends its sessions. */
export function ImportForm() {
  const { t } = useTranslation('handoff');
  const { setFile, passphrase, setPassphrase, isBusy, outcome, submit } = useHandoffImport(importHandoffFile);

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="handoff-import">
      <h2 id="handoff-import">{t('import.title')}</h2>
      <p className="hint">{t('import.hint')}</p>
      <TextField label={t('import.file')} type="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <TextField label={t('import.passphrase')} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      <Button type="submit" variant="primary" disabled={isBusy}>
        {isBusy ? t('import.working') : t('import.submit')}
      </Button>
      {outcome?.kind === 'imported' && (
        <p role="status">
          {t('import.added', { count: outcome.result.added })}{' '}
          {outcome.result.skipped > 0 ? t('import.skipped', { count: outcome.result.skipped }) : ''}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p className="error-text" role="alert">
          {t(outcome.key)}
        </p>
      )}
    </form>
  );
}
