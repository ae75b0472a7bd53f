// Device clocks are user data: occurredAt keeps the local wall time and its offset, as the volunteer saw it.

const pad = (n: number, width = 2): string => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** "2026-11-21T10:15:00+01:00" for the given instant in the runtime's time zone. */
export function toLocalIsoWithOffset(date: Date): string {
  const offsetMin = -date.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  const ymd = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const hms = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${ymd}T${hms}${sign}${pad(offsetMin / 60)}:${pad(offsetMin % 60)}`;
}

/** The local calendar day of a local date-time string, without converting time zones. */
export function localDayOf(localIso: string): string {
  return localIso.slice(0, 10);
}
