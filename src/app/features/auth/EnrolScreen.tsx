import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { LanguageSwitcher } from '../language/LanguageSwitcher';
import { enrolTablet } from './actions';
import { ProblemText } from './ProblemText';
import type { AuthProblem } from './problems';

/** First use of a tablet: the enrolment code from the console (typed, or from the QR code's link). */
export function EnrolScreen({ initialCode = '', onEnrolled }: { initialCode?: string; onEnrolled?: () => void }) {
  const { t } = useTranslation('auth');
  const [code, setCode] = useState(initialCode);
  const [problem, setProblem] = useState<AuthProblem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (code.trim().length < 6) return setProblem({ key: 'auth:errors.codeRequired' });
    setIsBusy(true);
    setProblem(null);
    const result = await enrolTablet(code);
    setIsBusy(false);
    if (result.status === 'failed') return setProblem(result.problem);
    onEnrolled?.();
  }

  return (
    <main className="narrow">
      <div className="row spread">
        <h1>{t('enrol.title')}</h1>
        <LanguageSwitcher />
      </div>
      <p>{t('enrol.intro')}</p>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('enrol.title')}>
        <ProblemText problem={problem} />
        <TextField label={t('enrol.code')} hint={t('enrol.codeHint')} value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={64} />
        <Button type="submit" variant="primary" isBig disabled={isBusy}>
          {isBusy ? t('enrol.busy') : t('enrol.submit')}
        </Button>
      </form>
    </main>
  );
}
