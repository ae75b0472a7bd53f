import { useTranslation } from 'react-i18next';
import { readHandoffEnvelope } from '../../../../shared/handoff/handoffFile';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { useHandoffImport } from '../../handoff/useHandoffImport';
import { importHandoffOnServer } from './importApi';

const importOnServer = (text: string, passphrase: string) => importHandoffOnServer(readHandoffEnvelope(text), passphrase);

/** The console's "Import hand-off file": a tablet's file (passphrase or server key) straight into the server. */
export function HandoffImportScreen() {
  const { t } = useTranslation('handoff');
  const { setFile, passphrase, setPassphrase, isBusy, outcome, submit } = useHandoffImport(importOnServer);

  const result = outcome?.kind === 'imported' ? outcome.result : null;
  return (
    <>
      <h1>{t('console.title')}</h1>
      <form className="card" onSubmit={(e) => void submit(e)}>
        <p className="hint">{t('console.hint')}</p>
        <TextField label={t('import.file')} type="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <TextField label={t('console.passphrase')} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        <Button type="submit" variant="primary" disabled={isBusy}>
          {isBusy ? t('import.working') : t('import.submit')}
        </Button>
      </form>
      {result && (
        <section className="card" role="status">
          <p>{t('console.added', { count: result.added })}</p>
          <p>{t('console.duplicate', { count: result.duplicate })}</p>
          {result.rejected.length > 0 && <p>{t('console.rejected', { count: result.rejected.length })}</p>}
          {result.deviceRevoked && <p>{t('console.revokedDevice')}</p>}
        </section>
      )}
      {outcome?.kind === 'failed' && (
        <p className="error-summary" role="alert">
          {t(outcome.key)}
        </p>
      )}
    </>
  );
}
