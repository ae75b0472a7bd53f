import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Centre } from '../../../../shared/schemas/centre';

type Props = { centres: readonly Centre[]; value: string | undefined; onChange: (centreId: string | undefined) => void };

/** All the person's centres (the default), or one of them. */
export function CentrePicker({ centres, value, onChange }: Props) {
  const { t } = useTranslation('admin');
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('reports.centres')}
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{t('reports.allCentres')}</option>
        {centres.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
