import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteCreated, UserView } from '../../../../shared/auth/api';
import { Button } from '../../../ui/Button';
import { useConsoleUser } from '../ConsoleUserContext';
import { FlashStatus } from '../FlashStatus';
import { FormAlert } from '../FormAlert';
import type { Problem } from '../problems';
import { useCentres, usePeople } from '../queries';
import { useFlash } from '../useFlash';
import { setDisabled } from './actions';
import { InviteCreatedPanel } from './InviteCreatedPanel';
import { InviteForm } from './InviteForm';
import { PeopleTable } from './PeopleTable';
import { PersonConfirm, type PersonChange } from './PersonConfirm';
import { PersonForm } from './PersonForm';

type Panel = { kind: 'invite' } | { kind: 'invited'; invite: InviteCreated; name: string } | { kind: 'edit'; person: UserView } | null;

/** People: invite, change role and centres, disable, reset PIN (coordinators: the volunteers of their centres). */
export function PeopleScreen() {
  const { t } = useTranslation('admin');
  const me = useConsoleUser();
  const people = usePeople();
  const centres = useCentres();
  const [panel, setPanel] = useState<Panel>(null);
  const [confirm, setConfirm] = useState<{ change: PersonChange; person: UserView } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [flash, showFlash] = useFlash();

  function changed(message = t('status.saved')) {
    setPanel(null);
    setConfirm(null);
    showFlash(message);
    people.reload();
  }

  async function enable(person: UserView) {
    const result = await setDisabled(person, false);
    setProblem(result.status === 'failed' ? result.problem : null);
    if (result.status === 'saved') changed();
  }

  const centreList = centres.data ?? [];
  return (
    <>
      <div className="row spread">
        <h1>{t('people.title')}</h1>
        {panel === null && (
          <Button variant="primary" onClick={() => setPanel({ kind: 'invite' })} disabled={!centres.data}>
            {t('people.invite')}
          </Button>
        )}
      </div>
      {panel?.kind === 'invite' && (
        <InviteForm me={me} centres={centreList} onInvited={(invite, name) => setPanel({ kind: 'invited', invite, name })} onCancel={() => setPanel(null)} />
      )}
      {panel?.kind === 'invited' && <InviteCreatedPanel invite={panel.invite} name={panel.name} onDone={() => changed(t('people.inviteDone'))} />}
      {panel?.kind === 'edit' && <PersonForm key={panel.person.id} me={me} person={panel.person} centres={centreList} onSaved={() => changed()} onCancel={() => setPanel(null)} />}
      <FormAlert problem={problem ?? people.problem ?? centres.problem} />
      {people.data && (
        <PeopleTable
          me={me}
          people={people.data}
          centres={centreList}
          onEdit={(person) => setPanel({ kind: 'edit', person })}
          onDisable={(person) => setConfirm({ change: 'disable', person })}
          onEnable={(person) => void enable(person)}
          onResetPin={(person) => setConfirm({ change: 'resetPin', person })}
        />
      )}
      {confirm && <PersonConfirm change={confirm.change} person={confirm.person} onDone={() => changed()} onCancel={() => setConfirm(null)} />}
      <FlashStatus message={flash} />
    </>
  );
}
