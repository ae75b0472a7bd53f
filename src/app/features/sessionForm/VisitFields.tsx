import { useTranslation } from 'react-i18next';
import { CHANNELS, REQUESTERS, SKILLS, type Channel, type Requester, type Skill } from '../../../shared/schemas/vocabulary';
import { NOTES_MAX } from '../../../shared/schemas/session';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextField } from '../../ui/TextField';
import { toggle, type SessionDraft } from './formState';
import type { FormErrors } from './validation';

type Props = { draft: SessionDraft; errors: FormErrors; onChange: (patch: Partial<SessionDraft>) => void };

export function VisitFields({ draft, errors, onChange }: Props) {
  const { t } = useTranslation(['session', 'vocabulary']);
  const options = <T extends string>(list: readonly T[], prefix: string) => list.map((value) => ({ value, label: t(`vocabulary:${prefix}.${value}`) }));
  return (
    <>
      <ChoiceGroup<Channel> legend={t('session:form.channel')} choices={options(CHANNELS, 'channel')} value={draft.channel} onChange={(channel) => onChange({ channel })} />
      {draft.channel === 'mobile_point' && (
        <TextField label={t('session:form.location')} value={draft.locationLabel} maxLength={120} onChange={(e) => onChange({ locationLabel: e.target.value })} />
      )}
      <ChoiceGroup<Requester> legend={t('session:form.requester')} choices={options(REQUESTERS, 'requester')} value={draft.requester} onChange={(requester) => onChange({ requester })} />
      <ChoiceGroup<Skill> legend={t('session:form.skills')} choices={options(SKILLS, 'skill')} value={draft.skills} onChange={(s) => onChange({ skills: toggle(draft.skills, s) })} />
      <NotesField value={draft.notes} error={errors.notes ? t(errors.notes) : undefined} onChange={(notes) => onChange({ notes })} />
    </>
  );
}

function NotesField({ value, error, onChange }: { value: string; error?: string; onChange: (notes: string) => void }) {
  const { t } = useTranslation('session');
  return (
    <div className="field">
      <label className="field-label" htmlFor="session-notes">
        {t('form.notes')}
      </label>
      <p id="session-notes-hint" className="hint">
        {t('form.notesHint')}
      </p>
      <textarea
        id="session-notes"
        value={value}
        maxLength={NOTES_MAX}
        aria-describedby={error ? 'session-notes-hint session-notes-error' : 'session-notes-hint'}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="hint">{t('form.notesCount', { count: value.length, max: NOTES_MAX })}</p>
      {error && (
        <p id="session-notes-error" className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
