import { useTranslation } from 'react-i18next';
import { AGE_BANDS, FIRST_VISIT, GENDERS, GROUPS, type AgeBand, type FirstVisit, type Gender, type Group } from '../../../shared/schemas/vocabulary';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { toggle, type SessionDraft } from './formState';
import type { FormErrors } from './validation';

type Props = { draft: SessionDraft; errors: FormErrors; onChange: (patch: Partial<SessionDraft>) => void };

/** The anonymous profile: no name, no number, only the categories donors report on. */
export function ProfileFields({ draft, errors, onChange }: Props) {
  const { t } = useTranslation(['session', 'vocabulary']);
  const err = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  const options = <T extends string>(list: readonly T[], prefix: string) => list.map((value) => ({ value, label: t(`vocabulary:${prefix}.${value}`) }));
  return (
    <>
      <ChoiceGroup<Gender> legend={t('session:form.gender')} choices={options(GENDERS, 'gender')} value={draft.gender} onChange={(gender) => onChange({ gender })} error={err('gender')} />
      <ChoiceGroup<AgeBand> legend={t('session:form.ageBand')} choices={options(AGE_BANDS, 'ageBand')} value={draft.ageBand} onChange={(ageBand) => onChange({ ageBand })} error={err('ageBand')} />
      <ChoiceGroup<Group> legend={t('session:form.groups')} choices={options(GROUPS, 'group')} value={draft.groups} onChange={(g) => onChange({ groups: toggle(draft.groups, g) })} />
      <ChoiceGroup<FirstVisit>
        legend={t('session:form.firstVisit')}
        choices={options(FIRST_VISIT, 'firstVisit')}
        value={draft.firstVisit}
        onChange={(firstVisit) => onChange({ firstVisit })}
        error={err('firstVisit')}
      />
    </>
  );
}
