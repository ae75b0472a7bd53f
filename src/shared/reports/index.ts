// The reports API for the app's report screen and the server's exports; internals stay in their files.
export { datesBetween, isLocalDate, type LocalDateRange } from './calendar';
export {
  isoWeekOf,
  isoWeekOfDate,
  lastCompleteWeek,
  parseIsoWeek,
  previousWeek,
  requireIsoWeek,
  weekRange,
  weeksBetween,
  weeksInYear,
  MAX_REPORT_YEAR,
  MIN_REPORT_YEAR,
  type IsoWeekErrorCode,
  type IsoWeekParse,
  type IsoWeekParts,
} from './isoWeek';
export { checkCounts, countSessions, type ReportableSession, type ReportCounts } from './reportCounts';
export { emptyReportCounts } from './emptyReportCounts';
export {
  aggregateSessions,
  buildReport,
  categoriesOf,
  UNCATEGORISED,
  type Report,
  type ReportOptions,
} from './aggregate';
export {
  HIDDEN,
  isHidden,
  oneWayTable,
  quantityKey,
  tableKeys,
  twoWayTable,
  type Cell,
  type Dimension,
  type Hidden,
  type ReportLink,
  type ReportTable,
  type SuppressedTable,
  type Universe,
} from './reportTable';
export {
  compareToPrevious,
  totalsOf,
  TOTAL_KEYS,
  TOTAL_NAMES,
  type ReportTotals,
  type TotalChange,
  type TotalName,
} from './reportTotals';
export {
  DEFAULT_K,
  hiddenQuantities,
  recommendedK,
  SENSITIVE_K,
  suppressReport,
  suppressTables,
  type SuppressedReport,
} from './disclosure';
