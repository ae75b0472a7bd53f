import { useNavigate } from '@tanstack/react-router';
import { isoWeekOfDate, parseIsoWeek } from '../../shared/reports';
import { todayLocal } from '../features/today/queries';
import { LocalReportScreen } from '../features/localReport/LocalReportScreen';
import { useProfile } from '../features/setup/ProfileContext';
import { localReportRoute } from './localReport';

export function LocalReportPage() {
  const search = localReportRoute.useSearch();
  const navigate = useNavigate({ from: '/reports' });
  const thisWeek = isoWeekOfDate(todayLocal());
  // A week that is no ISO week (2026-W99, 2025-W53) or lies in the future shows the current week, with a notice.
  const isShowable = search.week !== undefined && parseIsoWeek(search.week).ok && search.week <= thisWeek;
  const week = isShowable && search.week ? search.week : thisWeek;
  const rejectedWeek = search.week !== undefined && !isShowable ? search.week : undefined;
  return (
    <LocalReportScreen
      profile={useProfile()}
      week={week}
      latest={thisWeek}
      rejectedWeek={rejectedWeek}
      onWeek={(next) => void navigate({ search: { week: next } })}
    />
  );
}
