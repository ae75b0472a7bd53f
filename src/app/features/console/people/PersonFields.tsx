import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/auth/api';
import type { Centre } from '../../../../shared/schemas/centre';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { TextField } from '../../../ui/TextField';
import type { FieldErrors } from '../saveResult';
import { grantableRoles } from './access';
import type { PersonDraft } from './actions';

type Props = { me: UserView; centres: readonly Centre[]; draft: PersonDraft; errors: FieldErrors; onChange: (patch: Partial<PersonDraft>) => void };

/** Name, role and centres: shared by the invite and the edit form. */
export function PersonFields({ me, centres, draft, errors, onChange }: Props) {
  const { t } = useTranslation('admin');
  const err = (k: keyof PersonDraft) => (errors[k] ? t(errors[k]) : undefined);
  const toggle = (id: string) => onChange({ centreIds: draft.centreIds.includes(id) ? draft.centreIds.filter((c) => c !== id) : [...draft.centreIds, id] });
  const roles = grantableRoles(me);
  return (
    <>
      <TextField label={t('fields.displayName')} hint={t('fields.displayNameHint')} value={draft.displayName} onChange={(e) => onChange({ displayName: e.target.value })} error={err('displayName')} maxLength={60} />
      {roles.length > 1 && (
        <ChoiceGroup legend={t('people.role')} choices={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} value={draft.role} onChange={(role) => onChange({ role })} />
      )}
      <ChoiceGroup
        legend={draft.role === 'admin' ? t('people.centresOptional') : t('people.centres')}
        choices={centres.map((c) => ({ value: c.id, label: c.name }))}
        value={draft.centreIds}
        onChange={toggle}
        error={err('centreIds')}
      />
    </>
  );
}
