import { startTransition, useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EService } from '../../../shared/schemas/eService';
import type { Session } from '../../../shared/schemas/session';
import { Button } from '../../ui/Button';
import { saveSession } from './actions';
import { emptyDraft, withProfileOf, type Identity, type SessionDraft } from './formState';
import { DurationPicker } from './DurationPicker';
import { ErrorSummary } from './ErrorSummary';
import { ProfileFields } from './ProfileFields';
import { SaveBar, type SaveBarHandle } from './SaveBar';
import { ServicesSection } from './ServicesSection';
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
  /** After a save that leaves the form (an edit): go elsewhere. */
  onSaved?: () => void;
  /** After a save that keeps the form open, once "Saved" shows: note and refresh what the save changed. */
  afterSave?: (saved: SessionDraft) => void;
};

type Entries = SessionDraft['services'];
// One object for "no errors", so the memoised sections see the same props after a clean save.
const NO_ERRORS: FormErrors = Object.freeze({});

/**
 * The sections are memoised and get only their own fields and stable callbacks; the Save button and
 * "Saved" have a state of their own (SaveBar): a tap on Save starts the write and renders nothing, and
 * "Saved" goes on the page without a render once it has committed (the save latency budget, issue 2).
 */
export function SessionForm({ formId, who, catalogue, scores, initial, lastSession, existingId, onSaved, afterSave }: Props) {
  const { t } = useTranslation(['session', 'common']);
  const [draft, setDraft] = useDraft(formId, initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<string | null>(null);
  const saveBar = useRef<SaveBarHandle>(null);
  // A ref, not state: the guard against a second tap must hold before any render.
  const isSaving = useRef(false);
  const update = useCallback((patch: Partial<SessionDraft>) => setDraft((d) => (d ? { ...d, ...patch } : d)), [setDraft]);
  const changeServices = useCallback((change: (services: Entries) => Entries) => setDraft((d) => (d ? { ...d, services: change(d.services) } : d)), [setDraft]);
  const setDuration = useCallback((durationMin: number) => update({ durationMin }), [update]);
  // Counts forms emptied after a save: committed together with the emptied draft, it lets Save work again.
  const [cleared, setCleared] = useState(0);
  useEffect(() => {
    isSaving.current = false;
  }, [cleared]);
  if (!draft) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft || isSaving.current) return;
    isSaving.current = true;
    // The write first, and no render until it has committed (SaveBar shows "Saving…" only for a slow save).
    const saving = saveSession(draft, who, formId, existingId);
    saveBar.current?.showSaving();
    const result = await saving;
    if (result.status !== 'saved') {
      isSaving.current = false;
      saveBar.current?.showRefused();
      if (result.status === 'invalid') setErrors(result.errors);
      setFailure(result.status === 'failed' ? result.reason : null);
      return;
    }
    if (onSaved) return onSaved();
    // "Saved" is shown the moment the transaction has committed, without a render; emptying the form (a
    // render of every section) follows as a transition. The guard holds a second tap off until that has
    // committed (the effect on `cleared`), so the old input cannot go twice.
    saveBar.current?.showSaved();
    startTransition(() => {
      setErrors(NO_ERRORS);
      setFailure(null);
      setDraft(emptyDraft(draft.channel));
      setCleared((n) => n + 1);
      saveBar.current?.showReady();
      afterSave?.(draft);
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('session:form.title')}>
      <ErrorSummary errors={errors} />
      <section className="card">
        <ServicesSection catalogue={catalogue} scores={scores} services={draft.services} errors={errors} onServicesChange={changeServices} />
      </section>
      <section className="card">
        <DurationPicker value={draft.durationMin} onChange={setDuration} error={errors.durationMin ? t(errors.durationMin) : undefined} />
      </section>
      <section className="card">
        <div className="row spread">
          <h2>{t('session:form.profile')}</h2>
          {lastSession && <Button onClick={() => setDraft((d) => (d ? withProfileOf(d, lastSession) : d))}>{t('session:form.sameAsLast')}</Button>}
        </div>
        <ProfileFields gender={draft.gender} ageBand={draft.ageBand} groups={draft.groups} firstVisit={draft.firstVisit} errors={errors} onChange={update} />
      </section>
      <section className="card">
        <VisitFields channel={draft.channel} requester={draft.requester} skills={draft.skills} notes={draft.notes} locationLabel={draft.locationLabel} errors={errors} onChange={update} />
      </section>
      {failure && (
        <p className="error-summary" role="alert">
          {t(failure)}
        </p>
      )}
      <SaveBar ref={saveBar} />
    </form>
  );
}
