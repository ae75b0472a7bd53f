import { useState, type FormEvent } from 'react';
import { MAX_HANDOFF_BYTES } from '../../../shared/handoff/format';
import { problemKey } from './problems';

export type ImportOutcome<R> = { kind: 'imported'; result: R } | { kind: 'failed'; key: string } | null;

/**
 * The state of an "import a hand-off file" form, on a tablet and in the console: the chosen file, the
 * passphrase, busy, and the outcome (a result, or the translation key of what went wrong).
 */
export function useHandoffImport<R>(importFile: (text: string, passphrase: string) => Promise<R>) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome<R>>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setOutcome({ kind: 'failed', key: 'errors.chooseFile' });
    if (file.size > MAX_HANDOFF_BYTES) return setOutcome({ kind: 'failed', key: 'errors.tooLarge' });
    setIsBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'imported', result: await importFile(await file.text(), passphrase) });
    } catch (error) {
      setOutcome({ kind: 'failed', key: problemKey(error) });
    } finally {
      setIsBusy(false);
    }
  }

  return { setFile, passphrase, setPassphrase, isBusy, outcome, submit };
}
