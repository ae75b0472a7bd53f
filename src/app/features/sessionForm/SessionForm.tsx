import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EService } from '../../../shared/schemas/eService';
import type { Session } from '../../../shared/schemas/session';
import { Button } from '../../ui/Button';
import { Toast } from '../../ui/Toast';
import { saveSession } from './actions';
import { emptyDraft, withProfileOf, type Identity, type SessionDraft } from './formState';
import { DurationPicker } from './DurationPicker';
import { ErrorSummary } from './ErrorSummary';
import { ProfileFields } from './ProfileFields';
import { ServiceOutcomes } from './ServiceOutcomes';
import { ServicePicker } from './ServicePicker';
import { useDraft } from './useDraft';
import type { FormErrors } from './validation';
import { VisitFields } from './VisitFields';

type Props = {
  formId: string;
  who: Identity;
  catalogue: readonly EService[];
  scores: Record<string, number>;
  initial: () => SessionDraft;
  lastSession?: Session | null;
  existingId?: string;
  onSaved?: () => void;
};

export function SessionForm({ formId, who, catalogue, scores, initial, lastSession, existingId, onSaved }: Props) {
  const { t } = useTranslation(['session', 'common']);
  const [draft, setDraft] = useDraft(formId, initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [notice, setNotice] = useState<'saved' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(noticeTimer.current), []);
  if (!draft) return null;

  const update = (patch: Partial<SessionDraft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  const services = draft.services;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft || isSaving) return;
    setIsSaving(true);
    setNotice(null);
    const result = await saveSession(draft, who, formId, existingId);
    setIsSaving(false);
    if (result.status === 'invalid') {
      setErrors(result.errors);
      setFailure(null);
      return;
    }
    if (result.status === 'failed') {
      setFailure(result.reason);
      return;
    }
    setErrors({});
    setFailure(null);
    if (onSaved) return onSaved();
    setDraft(emptyDraft(draft.channel));
    setNotice('saved');
    // One timer at a time: an earlier save's timer must not hide this save's "Saved".
    clearTimeout(noticeTimer.current);
    noticeTimer.current = setTimeout(() => setNotice(null), 4000);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('session:form.title')}>
      <ErrorSummary errors={errors} />
      <section className="card">
        <ServicePicker catalogue={catalogue} scores={scores} selected={services.map((s) => s.serviceCode)} error={errors.services ? t(errors.services) : undefined} onAdd={(serviceCode) => update({ services: [...services, { serviceCode, outcome: 'completed' }] })} />
        <ServiceOutcomes
          entries={services}
          catalogue={catalogue}
          errors={errors}
          onChange={(i, entry) => update({ services: services.map((s, j) => (j === i ? entry : s)) })}
          onRemove={(i) => update({ services: services.filter((_, j) => j !== i) })}
        />
      </section>
      <section className="card">
        <DurationPicker value={draft.durationMin} onChange={(durationMin) => update({ durationMin })} error={errors.durationMin ? t(errors.durationMin) : undefined} />
      </section>
      <section className="card">
        <div className="row spread">
          <h2>{t('session:form.profile')}</h2>
          {lastSession && (
            <Button onClick={() => setDraft(withProfileOf(draft, lastSession))}>{t('session:form.sameAsLast')}</Button>
          )}
        </div>
        <ProfileFields draft={draft} errors={errors} onChange={update} />
      </section>
      <section className="card">
        <VisitFields draft={draft} errors={errors} onChange={update} />
      </section>
      {failure && (
        <p className="error-summary" role="alert">
          {t(failure)}
        </p>
      )}
      <Button type="submit" variant="primary" isBig disabled={isSaving}>
        {isSaving ? t('common:status.saving') : t('common:actions.save')}
      </Button>
      {notice === 'saved' && <Toast>{t('common:status.saved')}</Toast>}
    </form>
  );
}
