import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_HANDOFF_BYTES } from '../../../shared/handoff/format';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { importHandoffFile } from './actions';
import { problemKey } from './problems';

type Outcome = { kind: 'imported'; added: number; skipped: number } | { kind: 'failed'; key: string } | null;

/** "Import a hand-off file" from another tablet of this centre; the normal sync then sends its sessions. */
export function ImportForm() {
  const { t } = useTranslation('handoff');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setOutcome({ kind: 'failed', key: 'errors.chooseFile' });
    if (file.size > MAX_HANDOFF_BYTES) return setOutcome({ kind: 'failed', key: 'errors.tooLarge' });
    setIsBusy(true);
    setOutcome(null);
    try {
      const result = await importHandoffFile(await file.text(), passphrase);
      setOutcome({ kind: 'imported', ...result });
    } catch (error) {
      setOutcome({ kind: 'failed', key: problemKey(error) });
    } finally {
      setIsBusy(false);
    }
  }

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
          {t('import.added', { count: outcome.added })} {outcome.skipped > 0 ? t('import.skipped', { count: outcome.skipped }) : ''}
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
