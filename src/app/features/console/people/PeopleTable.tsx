import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../../shared/auth/api';
import type { Centre } from '../../../../shared/schemas/centre';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { managesPerson } from './access';

type Props = {
  me: UserView;
  people: readonly UserView[];
  centres: readonly Centre[];
  onEdit: (person: UserView) => void;
  onDisable: (person: UserView) => void;
  onEnable: (person: UserView) => void;
  onResetPin: (person: UserView) => void;
};

export function PeopleTable({ me, people, centres, onEdit, onDisable, onEnable, onResetPin }: Props) {
  const { t } = useTranslation('admin');
  const centreName = new Map(centres.map((c) => [c.id, c.name]));
  return (
    <DataTable
      caption={t('people.title')}
      rows={people}
      rowKey={(p) => p.id}
      empty={t('people.empty')}
      isMuted={(p) => p.isDisabled}
      columns={[
        { key: 'name', header: t('people.name'), cell: (p) => p.displayName },
        { key: 'login', header: t('fields.login'), cell: (p) => p.login },
        { key: 'role', header: t('people.role'), cell: (p) => t(`roles.${p.role}`) },
        { key: 'centres', header: t('people.centres'), cell: (p) => p.centreIds.map((id) => centreName.get(id) ?? t('people.otherCentre')).join(', ') },
        { key: 'status', header: t('people.status'), cell: (p) => (p.isDisabled ? t('people.disabled') : t('people.active')) },
        {
          key: 'actions',
          header: t('actions.header'),
          cell: (p) =>
            managesPerson(me, p) ? (
              <div className="row">
                <Button onClick={() => onEdit(p)} aria-label={t('people.editLabel', { name: p.displayName })}>
                  {t('actions.edit')}
                </Button>
                {p.isDisabled ? (
                  <Button onClick={() => onEnable(p)} aria-label={t('people.enableLabel', { name: p.displayName })}>
                    {t('people.enable')}
                  </Button>
                ) : (
                  <Button variant="danger" onClick={() => onDisable(p)} aria-label={t('people.disableLabel', { name: p.displayName })}>
                    {t('people.disable')}
                  </Button>
                )}
                <Button onClick={() => onResetPin(p)} aria-label={t('people.resetPinLabel', { name: p.displayName })}>
                  {t('people.resetPin')}
                </Button>
              </div>
            ) : null,
        },
      ]}
    />
  );
}
