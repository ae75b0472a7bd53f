import { isoWeekOfDate, lastCompleteWeek, previousWeek, weekRange } from '../../../../shared/reports';

export { previousWeek };

/** The week after `week`: the ISO week of the Monday after its Sunday. */
export function nextWeek(week: string): string {
  const sunday = new Date(`${weekRange(week).end}T12:00:00Z`);
  sunday.setUTCDate(sunday.getUTCDate() + 1);
  return isoWeekOfDate(sunday.toISOString().slice(0, 10));
}

/** The last week that has ended here (the server picks the same for the scope's centres when no week is asked). */
export function lastWeekHere(now: Date = new Date()): string {
  return lastCompleteWeek(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
}
