import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, FIRST_VISIT, GENDERS, GROUPS, type AgeBand, type FirstVisit, type Gender, type Group } from '../../../shared/schemas/vocabulary';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { toggle, type SessionDraft } from './formState';
import type { FormErrors } from './validation';

type Props = Pick<SessionDraft, 'gender' | 'ageBand' | 'groups' | 'firstVisit'> & {
  errors: FormErrors;
  onChange: (patch: Partial<SessionDraft>) => void;
};

/** The anonymous profile: no name, no number, only the categories donors report on. Memoised: see SessionForm. */
export const ProfileFields = memo(function ProfileFields({ gender, ageBand, groups, firstVisit, errors, onChange }: Props) {
  const { t } = useTranslation(['session', 'vocabulary']);
  const err = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  const choices = useMemo(() => {
    const options = <T extends string>(list: readonly T[], prefix: string) => list.map((value) => ({ value, label: t(`vocabulary:${prefix}.${value}`) }));
    return { gender: options(GENDERS, 'gender'), ageBand: options(AGE_BANDS, 'ageBand'), group: options(GROUPS, 'group'), firstVisit: options(FIRST_VISIT, 'firstVisit') };
  }, [t]);
  return (
    <>
      <ChoiceGroup<Gender> legend={t('session:form.gender')} choices={choices.gender} value={gender} onChange={(g) => onChange({ gender: g })} error={err('gender')} />
      <ChoiceGroup<AgeBand> legend={t('session:form.ageBand')} choices={choices.ageBand} value={ageBand} onChange={(a) => onChange({ ageBand: a })} error={err('ageBand')} />
      <ChoiceGroup<Group> legend={t('session:form.groups')} choices={choices.group} value={groups} onChange={(g) => onChange({ groups: toggle(groups, g) })} />
      <ChoiceGroup<FirstVisit>
        legend={t('session:form.firstVisit')}
        choices={choices.firstVisit}
        value={firstVisit}
        onChange={(f) => onChange({ firstVisit: f })}
        error={err('firstVisit')}
      />
    </>
  );
});
