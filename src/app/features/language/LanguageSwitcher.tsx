import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n/setup';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  return (
    <label className="row">
      <span>{t('language')}</span>
      <select
        className="btn"
        value={i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_NAMES[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}
