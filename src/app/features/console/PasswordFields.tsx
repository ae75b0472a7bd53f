import { useTranslation } from 'react-i18next';
import { AUTH_LIMITS } from '../../../shared/auth/roles';
import { TextField } from '../../ui/TextField';

type Props = {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  passwordError?: string;
  repeatError?: string;
};

/** A new password, typed twice, with the rules said before anyone gets them wrong. */
export function PasswordFields({ password, repeat, onPassword, onRepeat, passwordError, repeatError }: Props) {
  const { t } = useTranslation('admin');
  return (
    <>
      <div className="rules" id="password-rules">
        <p className="field-label">{t('password.rulesTitle')}</p>
        <ul>
          <li>{t('password.ruleLength', { count: AUTH_LIMITS.passwordMinLength })}</li>
          <li>{t('password.ruleCommon')}</li>
          <li>{t('password.ruleLogin')}</li>
        </ul>
      </div>
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        error={passwordError ? t(passwordError) : undefined}
        maxLength={AUTH_LIMITS.passwordMaxLength}
      />
      <TextField
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(e) => onRepeat(e.target.value)}
        error={repeatError ? t(repeatError) : undefined}
        maxLength={AUTH_LIMITS.passwordMaxLength}
      />
    </>
  );
}
