import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { QrCode } from '../../../ui/QrCode';
import type { EnrolmentCode } from './actions';
import { useCountdown } from './useCountdown';

type Props = { enrolment: EnrolmentCode; label: string; onAnother: () => void; onDone: () => void };

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Shown large for the person holding the tablet: scan the QR code or type the code; it dies in minutes. */
export function EnrolmentCodePanel({ enrolment, label, onAnother, onDone }: Props) {
  const { t } = useTranslation('admin');
  const left = useCountdown(enrolment.deadline);
  return (
    <section className="card card-highlight" aria-labelledby="enrol-code-title">
      <h2 id="enrol-code-title">{t('devices.codeTitle', { label })}</h2>
      {left > 0 ? (
        <div className="enrol-code">
          <QrCode text={enrolment.link} label={t('devices.qrLabel')} />
          <div>
            <p>{t('devices.codeIntro')}</p>
            <p className="big-code">{enrolment.code}</p>
            <p role="timer" className="countdown">
              {t('devices.validFor', { time: clock(left) })}
            </p>
            <p className="hint">{t('devices.codeOnce')}</p>
          </div>
        </div>
      ) : (
        <p role="alert" className="banner banner-warn">
          {t('devices.codeExpired')}
        </p>
      )}
      <div className="row">
        <Button variant="primary" onClick={onDone}>
          {t('actions.done')}
        </Button>
        {left === 0 && <Button onClick={onAnother}>{t('devices.newCode')}</Button>}
      </div>
    </section>
  );
}
