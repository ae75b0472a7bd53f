import { useTranslation } from 'react-i18next';
import type { EService } from '../../../shared/schemas/eService';
import { BLOCKERS, OUTCOMES, type Blocker, type Outcome } from '../../../shared/schemas/vocabulary';
import type { Language } from '../../i18n/languages';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import type { SessionDraft } from './formState';
import type { FormErrors } from './validation';

type Entry = SessionDraft['services'][number];
type Props = {
  entries: readonly Entry[];
  catalogue: readonly EService[];
  errors: FormErrors;
  onChange: (index: number, entry: Entry) => void;
  onRemove: (index: number) => void;
};

/** Per chosen service: how it ended and, when not completed, what blocked it. */
export function ServiceOutcomes({ entries, catalogue, errors, onChange, onRemove }: Props) {
  const { t, i18n } = useTranslation(['session', 'vocabulary']);
  const lng = i18n.language as Language;
  const nameOf = (code: string) => catalogue.find((s) => s.code === code)?.names[lng] ?? code;
  const outcomes = OUTCOMES.map((o) => ({ value: o, label: t(`vocabulary:outcome.${o}`) }));
  const blockers = BLOCKERS.map((b) => ({ value: b, label: t(`vocabulary:blocker.${b}`) }));

  return (
    <ul className="list" aria-label={t('session:form.chosenServices')}>
      {entries.map((entry, i) => {
        const blockerError = errors[`services.${i}.blocker`];
        return (
          <li key={entry.serviceCode} className="service-row">
            <div className="row spread">
              <strong>{nameOf(entry.serviceCode)}</strong>
              <Button variant="danger" onClick={() => onRemove(i)} aria-label={t('session:form.removeService', { name: nameOf(entry.serviceCode) })}>
                {t('session:form.remove')}
              </Button>
            </div>
            <ChoiceGroup<Outcome>
              legend={t('session:form.outcome')}
              choices={outcomes}
              value={entry.outcome}
              onChange={(outcome) => onChange(i, outcome === 'completed' ? { serviceCode: entry.serviceCode, outcome } : { ...entry, outcome })}
            />
            {entry.outcome !== 'completed' && (
              <ChoiceGroup<Blocker>
                legend={t('session:form.blocker')}
                choices={blockers}
                value={entry.blocker ?? null}
                onChange={(blocker) => onChange(i, { ...entry, blocker })}
                error={blockerError ? t(blockerError) : undefined}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
