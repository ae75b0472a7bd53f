import { useTranslation } from 'react-i18next';
import type { Centre } from '../../../../shared/schemas/centre';
import { Button } from '../../../ui/Button';

type Props = {
  centres: readonly Pick<Centre, 'id' | 'name'>[];
  /** The chosen centres; undefined: all of them. */
  value: readonly string[] | undefined;
  onChange: (centreIds: string[] | undefined) => void;
};

/** Any subset of the person's centres, all by default; the last one ticked cannot be unticked. */
export function CentrePicker({ centres, value, onChange }: Props) {
  const { t } = useTranslation('admin');
  const chosen = new Set(value ?? centres.map((c) => c.id));
  const toggle = (id: string, isChecked: boolean) => {
    const next = centres.map((c) => c.id).filter((cid) => (cid === id ? isChecked : chosen.has(cid)));
    onChange(next.length === centres.length ? undefined : next);
  };
  return (
    <fieldset className="choices">
      <legend>{t('reports.centres')}</legend>
      {centres.map((c) => {
        const isChecked = chosen.has(c.id);
        return (
          <label key={c.id} className="choice">
            <input type="checkbox" checked={isChecked} disabled={isChecked && chosen.size === 1} onChange={(e) => toggle(c.id, e.target.checked)} />
            <span>{c.name}</span>
          </label>
        );
      })}
      {value !== undefined && centres.length > 1 && <Button onClick={() => onChange(undefined)}>{t('reports.allCentres')}</Button>}
    </fieldset>
  );
}
