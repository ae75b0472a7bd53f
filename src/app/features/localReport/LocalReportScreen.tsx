import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekOfDate, recommendedK } from '../../../shared/reports';
import type { DeviceProfile } from '../../db/device';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import { serviceNamesIn } from '../console/reports/cellText';
import { ReportTableView } from '../console/reports/ReportTableView';
import { TotalsTable } from '../console/reports/TotalsTable';
import { WeekPicker } from '../console/reports/WeekPicker';
import { HideSmallCounts } from './HideSmallCounts';
import { asExported } from './localReport';
import { LocalOnlyBanner } from './LocalOnlyBanner';
import { useLocalComparison, useLocalReport } from './queries';

type Props = {
  profile: DeviceProfile;
  week: string;
  /** The current week: nothing later is offered. */
  latest: string;
  /** A week asked for in the address that cannot be shown. */
  rejectedWeek?: string;
  onWeek: (week: string) => void;
};

/** The centre's week from this tablet's own sessions: works offline, marked clearly as local only. */
export function LocalReportScreen({ profile, week, latest, rejectedWeek, onWeek }: Props) {
  const { t, i18n } = useTranslation(['reports', 'admin', 'vocabulary']);
  const lng = i18n.language as Language;
  const [isHiding, setIsHiding] = useState(false);
  const data = useLocalReport(profile.centreId, profile.country, week);
  const comparison = useLocalComparison(profile.centreId, data?.report);
  const report = data?.report;
  const k = report ? recommendedK(report.tables) : 0;
  // Suppression solves a small linear program: once per report, not on every render.
  const shown = useMemo(() => (report && isHiding ? asExported(report, k) : report), [report, isHiding, k]);
  const names = {
    centreName: (id: string) => (id === profile.centreId ? data?.centreName : undefined),
    serviceName: serviceNamesIn(data?.serviceNames ?? new Map(), lng),
  };
  return (
    <>
      <h1>{t('reports:local.title')}</h1>
      <LocalOnlyBanner centreName={data?.centreName} />
      {rejectedWeek !== undefined && (
        <p className="banner banner-info" role="alert">
          {t('reports:local.badWeek', { asked: rejectedWeek, week })}
        </p>
      )}
      <div className="card">
        <WeekPicker week={week} latest={latest} onWeek={onWeek} />
        {data && <HideSmallCounts k={k} isOn={isHiding} onChange={setIsHiding} />}
      </div>
      <p role="status">{data ? '' : t('admin:status.loading')}</p>
      {data && shown && (
        <>
          <p className="report-period">{t('reports:local.period', { week: isoWeekOfDate(data.report.period.start), ...data.report.period })}</p>
          {typeof shown.totals.sessions === 'number' && (
            <p className="big-number" data-testid="report-total">
              {t('admin:reports.sessionsTotal', { count: shown.totals.sessions, total: formatNumber(shown.totals.sessions, lng) })}
            </p>
          )}
          <TotalsTable totals={shown.totals} comparison={isHiding ? null : comparison} />
          {shown.tables.map((table) => (
            <ReportTableView key={table.id} table={table} names={names} />
          ))}
        </>
      )}
    </>
  );
}
