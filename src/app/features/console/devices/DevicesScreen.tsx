import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceView } from '../../../../shared/auth/api';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { FlashStatus } from '../FlashStatus';
import { FormAlert } from '../FormAlert';
import { useCentres } from '../queries';
import { useFlash } from '../useFlash';
import type { EnrolmentCode } from './actions';
import { DeviceTable } from './DeviceTable';
import { EnrolForm } from './EnrolForm';
import { EnrolmentCodePanel } from './EnrolmentCodePanel';
import { useDevices } from './queries';
import { RevokeConfirm } from './RevokeConfirm';

type Props = { centreId: string | undefined; onCentre: (centreId: string) => void };
type Panel = { kind: 'enrol' } | { kind: 'code'; enrolment: EnrolmentCode; label: string } | null;

/** Devices: one centre's tablets, enrol a new one with a short-lived code, revoke a lost one. */
export function DevicesScreen({ centreId, onCentre }: Props) {
  const { t } = useTranslation('admin');
  const centres = useCentres();
  const devices = useDevices();
  const [panel, setPanel] = useState<Panel>(null);
  const [revoking, setRevoking] = useState<DeviceView | null>(null);
  const [flash, showFlash] = useFlash();
  const list = centres.data ?? [];
  const centre = centreId ? list.find((c) => c.id === centreId) : list[0];

  function finish() {
    setPanel(null);
    devices.reload();
  }

  return (
    <>
      <h1>{t('devices.title')}</h1>
      <FormAlert problem={centres.problem ?? devices.problem} />
      {list.length > 0 && (
        <SelectField label={t('devices.centre')} placeholder={t('actions.choose')} choices={list.map((c) => ({ value: c.id, label: c.name }))} value={centre?.id ?? ''} onChange={onCentre} />
      )}
      {centres.data && list.length === 0 && <p>{t('devices.noCentres')}</p>}
      {centres.data && centreId && !centre && (
        <p className="banner banner-warn" role="alert">
          {t('devices.centreNotInScope')}
        </p>
      )}
      {centre && (
        <section aria-labelledby="devices-of-centre">
          <div className="row spread">
            <h2 id="devices-of-centre">{t('devices.ofCentre', { centre: centre.name })}</h2>
            {panel === null && (
              <Button variant="primary" onClick={() => setPanel({ kind: 'enrol' })}>
                {t('devices.enrol')}
              </Button>
            )}
          </div>
          {panel?.kind === 'enrol' && (
            <EnrolForm centreId={centre.id} centreName={centre.name} onCreated={(enrolment, label) => setPanel({ kind: 'code', enrolment, label })} onCancel={() => setPanel(null)} />
          )}
          {panel?.kind === 'code' && <EnrolmentCodePanel enrolment={panel.enrolment} label={panel.label} onAnother={() => setPanel({ kind: 'enrol' })} onDone={finish} />}
          {devices.data && <DeviceTable devices={devices.data.filter((d) => d.centreId === centre.id)} centreName={centre.name} onRevoke={setRevoking} />}
        </section>
      )}
      {revoking && (
        <RevokeConfirm
          device={revoking}
          onCancel={() => setRevoking(null)}
          onDone={() => {
            setRevoking(null);
            showFlash(t('devices.revoked'));
            devices.reload();
          }}
        />
      )}
      <FlashStatus message={flash} />
    </>
  );
}
