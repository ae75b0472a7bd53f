import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, REQUESTERS, SKILLS, type Channel, type Requester, type Skill } from '../../../shared/schemas/vocabulary';
import { NOTES_MAX } from '../../../shared/schemas/session';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextField } from '../../ui/TextField';
import { toggle, type SessionDraft } from './formState';
import type { FormErrors } from './validation';

type Props = Pick<SessionDraft, 'channel' | 'requester' | 'skills' | 'notes' | 'locationLabel'> & {
  errors: FormErrors;
  onChange: (patch: Partial<SessionDraft>) => void;
};

/** How the visit went. Memoised: see SessionForm. */
export const VisitFields = memo(function VisitFields({ channel, requester, skills, notes, locationLabel, errors, onChange }: Props) {
  const { t } = useTranslation(['session', 'vocabulary']);
  const choices = useMemo(() => {
    const options = <T extends string>(list: readonly T[], prefix: string) => list.map((value) => ({ value, label: t(`vocabulary:${prefix}.${value}`) }));
    return { channel: options(CHANNELS, 'channel'), requester: options(REQUESTERS, 'requester'), skill: options(SKILLS, 'skill') };
  }, [t]);
  return (
    <>
      <ChoiceGroup<Channel> legend={t('session:form.channel')} choices={choices.channel} value={channel} onChange={(c) => onChange({ channel: c })} />
      {channel === 'mobile_point' && (
        <TextField label={t('session:form.location')} value={locationLabel} maxLength={120} onChange={(e) => onChange({ locationLabel: e.target.value })} />
      )}
      <ChoiceGroup<Requester> legend={t('session:form.requester')} choices={choices.requester} value={requester} onChange={(r) => onChange({ requester: r })} />
      <ChoiceGroup<Skill> legend={t('session:form.skills')} choices={choices.skill} value={skills} onChange={(s) => onChange({ skills: toggle(skills, s) })} />
      <NotesField value={notes} error={errors.notes ? t(errors.notes) : undefined} onChange={(n) => onChange({ notes: n })} />
    </>
  );
});

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
