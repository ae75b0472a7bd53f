import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/schemas/vocabulary';
import { HTML_LANG, LANGUAGE_NAMES } from '../../../i18n/languages';
import { TextField } from '../../../ui/TextField';
import type { FieldErrors } from '../saveResult';

type Props = { names: Record<Language, string>; errors: FieldErrors; onChange: (lng: Language, value: string) => void };

/** The six names side by side, each typed in its own language. */
export function NameFields({ names, errors, onChange }: Props) {
  const { t } = useTranslation('admin');
  return (
    <fieldset className="names-grid">
      <legend className="field-label">{t('catalogue.names')}</legend>
      {LANGUAGES.map((lng) => {
        const error = errors[`name.${lng}`];
        return (
          <TextField
            key={lng}
            label={LANGUAGE_NAMES[lng]}
            lang={HTML_LANG[lng]}
            value={names[lng]}
            onChange={(e) => onChange(lng, e.target.value)}
            error={error ? t(error) : undefined}
            maxLength={160}
          />
        );
      })}
    </fieldset>
  );
}
