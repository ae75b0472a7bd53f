import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type UserView } from '../../../../shared/auth/api';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../FormAlert';
import { actionKey } from './auditText';
import { isRangeValid, type AuditFilters } from './filters';
import { FilterSelect } from './FilterSelect';

type Props = { filters: AuditFilters; people: readonly UserView[]; onApply: (filters: AuditFilters) => void };

const clean = (f: AuditFilters): AuditFilters => Object.fromEntries(Object.entries(f).filter(([, v]) => v));

export function AuditFiltersForm({ filters, people, onApply }: Props) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState(filters);
  const [rangeError, setRangeError] = useState<string | undefined>();
  const set = (patch: AuditFilters) => setDraft((prev) => ({ ...prev, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const isValid = isRangeValid(draft);
    setRangeError(isValid ? undefined : 'admin:errors.field.dateRange');
    if (isValid) onApply(clean(draft));
  }

  return (
    <form className="card filters" onSubmit={submit} noValidate aria-label={t('audit.filters')}>
      <FormAlert fieldErrors={{ to: rangeError }} />
      <div className="form-grid">
        <FilterSelect
          label={t('audit.action')}
          allLabel={t('audit.allActions')}
          value={draft.action ?? ''}
          choices={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(actionKey(a)) }))}
          onChange={(action) => set({ action })}
        />
        <FilterSelect
          label={t('audit.who')}
          allLabel={t('audit.everyone')}
          value={draft.actor ?? ''}
          choices={people.map((p) => ({ value: p.id, label: p.displayName }))}
          onChange={(actor) => set({ actor })}
        />
        <TextField label={t('audit.from')} type="date" value={draft.from ?? ''} onChange={(e) => set({ from: e.target.value })} />
        <TextField label={t('audit.to')} type="date" value={draft.to ?? ''} onChange={(e) => set({ to: e.target.value })} error={rangeError ? t(rangeError) : undefined} />
      </div>
      <div className="row">
        <Button type="submit" variant="primary">
          {t('audit.apply')}
        </Button>
        <Button
          onClick={() => {
            setDraft({});
            setRangeError(undefined);
            onApply({});
          }}
        >
          {t('audit.clear')}
        </Button>
      </div>
    </form>
  );
}
