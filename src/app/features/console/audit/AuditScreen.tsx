import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../FormAlert';
import { useCentres, usePeople } from '../queries';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditTable } from './AuditTable';
import type { Names } from './auditText';
import type { AuditFilters } from './filters';
import { useAuditLog } from './queries';

type Props = { filters: AuditFilters; onFilters: (filters: AuditFilters) => void };

/** The audit log, newest first: sign-ins, invites, role and centre changes, enrolments, catalogue changes. */
export function AuditScreen({ filters, onFilters }: Props) {
  const { t } = useTranslation('admin');
  const log = useAuditLog(filters);
  const people = usePeople();
  const centres = useCentres();
  const personName = new Map((people.data ?? []).map((p) => [p.id, p.displayName]));
  const centreName = new Map((centres.data ?? []).map((c) => [c.id, c.name]));
  const names: Names = { person: (id) => personName.get(id), centre: (id) => centreName.get(id) };
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <AuditFiltersForm key={JSON.stringify(filters)} filters={filters} people={people.data ?? []} onApply={onFilters} />
      <FormAlert problem={log.problem} />
      {log.entries && <AuditTable entries={log.entries} names={names} />}
      <p role="status">{log.isLoading ? t('status.loading') : ''}</p>
      {log.hasOlder && (
        <Button onClick={log.loadOlder} disabled={log.isLoading}>
          {t('audit.older')}
        </Button>
      )}
    </>
  );
}
