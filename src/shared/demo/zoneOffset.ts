// UTC offsets of an IANA zone through Intl only (works in Node and the browser, follows the runtime's tzdata).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes east of UTC that `timeZone` is at the instant `instantMs`. */
export function offsetAtInstant(timeZone: string, instantMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallMs = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((wallMs - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/**
 * The offset of a local wall time (`date` plus `minuteOfDay`) in `timeZone`. Two steps: the offset near the wall
 * time, then the offset at the instant that wall time denotes. In the hour a DST switch skips or repeats, one of
 * the two candidates is returned; demo sessions never fall there (desks open hours later).
 */
export function offsetOfLocalTime(timeZone: string, date: string, minuteOfDay: number): number {
  const wallMs = Date.parse(`${date}T00:00:00Z`) + minuteOfDay * 60_000;
  const first = offsetAtInstant(timeZone, wallMs);
  return offsetAtInstant(timeZone, wallMs - first * 60_000);
}

/** "+02:00" for 120, "-03:30" for -210. */
export function formatOffset(offsetMin: number): string {
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
