import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Centre } from '../../../../shared/schemas/centre';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { useConsoleUser } from '../ConsoleUserContext';
import { FlashStatus } from '../FlashStatus';
import { FormAlert } from '../FormAlert';
import { useCentres } from '../queries';
import { useFlash } from '../useFlash';
import { CentreForm } from './CentreForm';

/** Centres: admins add and edit all of them, coordinators edit their own. */
export function CentresScreen() {
  const { t } = useTranslation(['admin', 'vocabulary']);
  const user = useConsoleUser();
  const centres = useCentres();
  const [editing, setEditing] = useState<Centre | 'new' | null>(null);
  const [flash, showFlash] = useFlash();

  function saved() {
    setEditing(null);
    showFlash(t('status.saved'));
    centres.reload();
  }

  return (
    <>
      <div className="row spread">
        <h1>{t('centres.title')}</h1>
        {user.role === 'admin' && editing === null && (
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('centres.add')}
          </Button>
        )}
      </div>
      {editing !== null && <CentreForm key={editing === 'new' ? 'new' : editing.id} centre={editing === 'new' ? undefined : editing} onSaved={saved} onCancel={() => setEditing(null)} />}
      <FormAlert problem={centres.problem} />
      {centres.data && (
        <DataTable
          caption={t('centres.title')}
          rows={centres.data}
          rowKey={(c) => c.id}
          empty={t('centres.empty')}
          columns={[
            { key: 'name', header: t('centres.name'), cell: (c) => c.name },
            { key: 'country', header: t('centres.country'), cell: (c) => t(`vocabulary:country.${c.country}`) },
            { key: 'municipality', header: t('centres.municipality'), cell: (c) => c.municipality },
            { key: 'kind', header: t('centres.kind'), cell: (c) => t(`centres.kinds.${c.kind}`) },
            {
              key: 'actions',
              header: t('actions.header'),
              cell: (c) => (
                <Button onClick={() => setEditing(c)} aria-label={t('centres.editLabel', { name: c.name })}>
                  {t('actions.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <FlashStatus message={flash} />
    </>
  );
}
