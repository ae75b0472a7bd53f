import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/handoff/format';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextField } from '../../ui/TextField';
import { exportPendingSessions } from './actions';
import { problemKey } from './problems';

type Mode = 'passphrase' | 'server';
type Outcome = { kind: 'saved'; count: number; fileName: string } | { kind: 'failed'; key: string } | null;

/** "Export pending sessions to a file": for another tablet (passphrase) or for the server only. */
export function ExportForm({ pendingCount }: { pendingCount: number }) {
  const { t } = useTranslation('handoff');
  const [mode, setMode] = useState<Mode>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const isTooShort = mode === 'passphrase' && passphrase.length > 0 && passphrase.length < MIN_PASSPHRASE_LENGTH;
  const isMismatch = mode === 'passphrase' && repeat.length > 0 && repeat !== passphrase;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (mode === 'passphrase' && (passphrase.length < MIN_PASSPHRASE_LENGTH || repeat !== passphrase)) {
      setOutcome({ kind: 'failed', key: passphrase.length < MIN_PASSPHRASE_LENGTH ? 'errors.passphraseTooShort' : 'errors.passphraseMismatch' });
      return;
    }
    setIsBusy(true);
    setOutcome(null);
    try {
      const saved = await exportPendingSessions(mode === 'passphrase' ? { mode, passphrase } : { mode });
      setOutcome({ kind: 'saved', ...saved });
    } catch (error) {
      setOutcome({ kind: 'failed', key: problemKey(error) });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="handoff-export">
      <h2 id="handoff-export">{t('export.title')}</h2>
      <p>{t('export.pending', { count: pendingCount })}</p>
      <ChoiceGroup<Mode>
        legend={t('export.forWhom')}
        value={mode}
        onChange={setMode}
        choices={[
          { value: 'passphrase', label: t('export.passphraseMode') },
          { value: 'server', label: t('export.serverMode') },
        ]}
      />
      {mode === 'passphrase' ? (
        <>
          <TextField
            label={t('export.passphrase')}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            hint={t('export.passphraseHint', { count: MIN_PASSPHRASE_LENGTH })}
            {...(isTooShort ? { error: t('errors.passphraseTooShort', { count: MIN_PASSPHRASE_LENGTH }) } : {})}
          />
          <TextField
            label={t('export.repeat')}
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            {...(isMismatch ? { error: t('errors.passphraseMismatch') } : {})}
          />
        </>
      ) : (
        <p className="hint">{t('export.serverHint')}</p>
      )}
      <Button type="submit" variant="primary" disabled={isBusy || pendingCount === 0}>
        {isBusy ? t('export.working') : t('export.save')}
      </Button>
      {outcome?.kind === 'saved' && <p role="status">{t('export.saved', { count: outcome.count, fileName: outcome.fileName })}</p>}
      {outcome?.kind === 'failed' && (
        <p className="error-text" role="alert">
          {t(outcome.key, { count: MIN_PASSPHRASE_LENGTH })}
        </p>
      )}
    </form>
  );
}
