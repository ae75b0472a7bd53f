import { recommendedK, suppressTables, type ReportLink, type SuppressedTable } from '../../../shared/reports';
import { donorIndicators, type DonorRow } from '../indicators/donorIndicators';
import { indicatorTables } from '../indicators/indicatorTables';
import type { CentreReport } from '../reportService';

export type SuppressedExport = {
  /** The report's tables, fit to leave the coordinator's screen. */
  tables: SuppressedTable[];
  /** The donor cross-tables, suppressed with the report (the donor rows are read from them). */
  indicatorTables: SuppressedTable[];
  /** Every sum across the tables, as the suppression saw them. */
  links: ReportLink[];
  donor: DonorRow[];
  k: number;
  /** 10 when a special-category group is a dimension (always, with the group tables), else 5. */
  recommendedK: number;
};

/**
 * Disclosure control for one export: the report's tables and the donor cross-tables in ONE suppressTables
 * call with all their links, so nothing published anywhere in the file pins a hidden count.
 */
export function suppressExport(
  report: Pick<CentreReport, 'report' | 'counts' | 'indicators'>,
  k: number,
): SuppressedExport {
  if (!report.indicators) throw new Error('suppressExport needs a report read with indicators');
  const extra = indicatorTables(report.indicators, report.counts);
  const all = [...report.report.tables, ...extra.tables];
  const links = [...report.report.links, ...extra.links];
  const suppressed = suppressTables(all, { k, links });
  const count = report.report.tables.length;
  const donorTables = suppressed.slice(count);
  return {
    tables: suppressed.slice(0, count),
    indicatorTables: donorTables,
    links,
    donor: donorIndicators(donorTables),
    k,
    recommendedK: recommendedK(all),
  };
}
