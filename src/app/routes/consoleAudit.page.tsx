import { useNavigate } from '@tanstack/react-router';
import { AdminOnly } from '../features/console/AdminOnly';
import { AuditScreen } from '../features/console/audit/AuditScreen';
import { consoleAuditRoute } from './consoleAudit';

export function ConsoleAuditPage() {
  const filters = consoleAuditRoute.useSearch();
  const navigate = useNavigate({ from: '/console/audit' });
  return (
    <AdminOnly>
      <AuditScreen filters={filters} onFilters={(search) => void navigate({ search })} />
    </AdminOnly>
  );
}
