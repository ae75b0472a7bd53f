import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/languages';
import { FormAlert } from '../FormAlert';
import { useCentres } from '../queries';
import { CentrePicker } from './CentrePicker';
import { ChangedNotice } from './ChangedNotice';
import { serviceNamesIn } from './cellText';
import { ExportPanel } from './ExportPanel';
import { LockWeek } from './LockWeek';
import { OfflineFallback } from './OfflineFallback';
import { useReport } from './queries';
import { ReportTableView } from './ReportTableView';
import { TotalsTable } from './TotalsTable';
import { WeekPicker } from './WeekPicker';
import { lastWeekHere } from './week';

/** `centres`: comma-separated centre ids; absent: all of the person's centres. */
export type ReportsSearch = { week?: string; centres?: string };
type Props = { search: ReportsSearch; onSearch: (search: ReportsSearch) => void };

/** The coordinator's weekly report: the week's tables for their centres, locking the week, donor downloads. */
export function ReportsScreen({ search, onSearch }: Props) {
  const { t, i18n } = useTranslation(['admin', 'reports', 'vocabulary']);
  const lng = i18n.language as Language;
  const week = search.week ?? lastWeekHere();
  const centreIds = search.centres?.split(',');
  const query = { week, centreIds };
  const report = useReport(query);
  const centres = useCentres();
  const answer = report.data;
  const names = new Map([...(centres.data ?? []), ...(answer?.centres ?? [])].map((c) => [c.id, c.name]));
  const serviceName = serviceNamesIn(new Map((answer?.services ?? []).map((s) => [s.code, s.names])), lng);
  const tableNames = { centreName: (id: string) => names.get(id), serviceName };
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <div className="card">
        <WeekPicker week={week} onWeek={(next) => onSearch({ ...search, week: next })} />
        <CentrePicker centres={centres.data ?? []} value={centreIds} onChange={(ids) => onSearch({ ...search, centres: ids?.join(',') })} />
      </div>
      <FormAlert problem={report.problem} />
      {report.problem?.key === 'admin:errors.offline' && <OfflineFallback week={week} />}
      <p role="status">{report.isLoading ? t('status.loading') : ''}</p>
      {answer && (
        <>
          <p className="report-period">
            {t('reports.period', { week, start: answer.period.start, end: answer.period.end, centres: answer.centres.map((c) => c.name).join(', ') })}
          </p>
          <p className="big-number" data-testid="report-total">
            {t('reports.sessionsTotal', { count: answer.report.totals.sessions, total: formatNumber(answer.report.totals.sessions, lng) })}
          </p>
          <ChangedNotice changed={answer.changedAfterLock} centreName={tableNames.centreName} />
          <LockWeek week={week} centres={answer.centres} isLocked={answer.isLocked} onLocked={report.reload} />
          <ExportPanel query={query} defaultK={answer.defaultK} recommendedK={answer.recommendedK} />
          <TotalsTable totals={answer.report.totals} comparison={answer.comparison} />
          {answer.report.tables.map((table) => (
            <ReportTableView key={table.id} table={table} names={tableNames} />
          ))}
        </>
      )}
    </>
  );
}
