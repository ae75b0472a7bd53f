import { useNavigate } from '@tanstack/react-router';
import { ReportsScreen } from '../features/console/reports/ReportsScreen';
import { consoleReportsRoute } from './consoleReports';

export function ConsoleReportsPage() {
  const search = consoleReportsRoute.useSearch();
  const navigate = useNavigate({ from: '/console/reports' });
  return <ReportsScreen search={search} onSearch={(next) => void navigate({ search: next })} />;
}
