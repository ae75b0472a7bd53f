import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCatalogue } from '../../../shared/catalogue/searchCatalogue';
import type { EService } from '../../../shared/schemas/eService';
import type { Language } from '../../i18n/languages';
import { Button } from '../../ui/Button';

type Props = {
  catalogue: readonly EService[];
  scores: Record<string, number>;
  selected: readonly string[];
  onAdd: (code: string) => void;
  error?: string;
};

const SHOWN = 8;

/** Recent and frequent first; the search ignores diacritics and finds Serbian in either script. */
export function ServicePicker({ catalogue, scores, selected, onAdd, error }: Props) {
  const { t, i18n } = useTranslation('session');
  const lng = i18n.language as Language;
  const [query, setQuery] = useState('');
  // The catalogue array is passed as is: searchCatalogue caches its folded index per array.
  const selectedKey = selected.join('\n');
  const results = useMemo(
    () => searchCatalogue(catalogue, query, lng, (code) => scores[code] ?? 0).filter((s) => !selectedKey.split('\n').includes(s.code)),
    [catalogue, query, lng, scores, selectedKey],
  );
  const shown = results.slice(0, query ? 20 : SHOWN);
  return (
    <div className="field">
      <label className="field-label" htmlFor="service-search">
        {t('form.services')}
      </label>
      <input
        id="service-search"
        type="search"
        value={query}
        autoComplete="off"
        placeholder={t('form.searchPlaceholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'service-search-error' : undefined}
        onChange={(e) => setQuery(e.target.value)}
      />
      {error && (
        <p id="service-search-error" className="error-text">
          {error}
        </p>
      )}
      <ul className="list results" aria-label={t('form.serviceResults')}>
        {shown.map((service) => (
          <li key={service.code}>
            <Button
              className="service-option"
              onClick={() => {
                onAdd(service.code);
                setQuery('');
              }}
            >
              {service.names[lng]}
            </Button>
          </li>
        ))}
        {shown.length === 0 && <li>{t('form.noServiceFound')}</li>}
      </ul>
    </div>
  );
}
