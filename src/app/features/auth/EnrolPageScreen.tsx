import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { EnrolScreen } from './EnrolScreen';
import { useEnrolment } from './queries';

/** The /enrol page: enrols a new tablet; an enrolled one is not enrolled again over its data. */
export function EnrolPageScreen({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation('auth');
  const enrolment = useEnrolment();
  if (enrolment === undefined) return null;
  if (enrolment === null) return <EnrolScreen initialCode={code} onEnrolled={onDone} />;
  return (
    <main className="narrow">
      <h1>{t('enrol.title')}</h1>
      <p role="status">{t('enrol.already')}</p>
      <Button variant="primary" isBig onClick={onDone}>
        {t('enrol.continue')}
      </Button>
    </main>
  );
}
