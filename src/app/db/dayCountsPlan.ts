import {
  COUNTED_FIELDS,
  copyDayCounts,
  hasOpenGroups,
  tally,
  type CountedSession,
  type DayCounts,
  type DayKey,
} from './dayCounts';

/** A session as stored: its groups may be sealed (no `groups`, while the tablet is locked). */
export type StoredSession = Omit<CountedSession, 'groups'> & { groups?: CountedSession['groups'] } & Record<
    string,
    unknown
  >;

/** What one write did to one session: nothing before (created), nothing after (removed), or both. */
export type SessionChange = { before?: StoredSession | undefined; after?: StoredSession | undefined };

export type DayPlan = {
  /** The days whose rows the change needs to read. */
  keys: DayKey[];
  /** Given those rows (undefined: not counted yet), the rows to write and the rows to drop. */
  apply: (keys: readonly DayKey[], rows: readonly unknown[]) => { put: DayCounts[]; drop: DayKey[] };
};

type Tallies = { key: DayKey; items: [CountedSession, 1 | -1][] };

/** How a batch of session changes moves the day rows: −1 on the day a live session left, +1 where it arrived. */
export function dayChanges(changes: readonly SessionChange[]): DayPlan {
  const tallies = new Map<string, Tallies>();
  const dropped = new Map<string, DayKey>();
  const touch = (s: StoredSession, sign: 1 | -1) => {
    const key: DayKey = [s.centreId, s.day];
    const id = idOf(key);
    if (!hasOpenGroups(s)) dropped.set(id, key);
    else (tallies.get(id) ?? tallies.set(id, { key, items: [] }).get(id))?.items.push([s as CountedSession, sign]);
  };
  for (const { before, after } of changes) {
    const b = counted(before);
    const a = counted(after);
    if (b && a && fingerprint(b) === fingerprint(a)) continue;
    if (b) touch(b, -1);
    if (a) touch(a, 1);
  }
  const toRead = [...tallies.values()].filter(({ key }) => !dropped.has(idOf(key))).map(({ key }) => key);
  return {
    keys: [...toRead, ...dropped.values()],
    apply: (keys, rows) => {
      const stored = new Map(keys.map((key, i) => [idOf(key), rows[i]]));
      const put: DayCounts[] = [];
      const drop = [...dropped.values()];
      for (const [id, { key, items }] of tallies) {
        if (dropped.has(id)) continue;
        const row = stored.get(id) as DayCounts | undefined;
        if (row === undefined) continue; // not counted yet: the report rebuilds it from the sessions
        const next = hasOpenGroups(row) ? added(row, items) : null;
        if (next) put.push(next);
        else drop.push(key);
      }
      return { put, drop };
    },
  };
}

/** The row with the sessions added and taken away, or null when it cannot be trusted (sealed, or a count below zero). */
function added(row: DayCounts, items: readonly [CountedSession, 1 | -1][]): DayCounts | null {
  try {
    const next = copyDayCounts(row);
    for (const [s, sign] of items) tally(next, s, sign);
    return isWhole(next) ? next : null;
  } catch {
    return null; // a malformed row or session: rebuilt from the sessions later
  }
}

function isWhole(row: DayCounts): boolean {
  const counts = [
    row.byChannel,
    row.groups,
    row.byFirstVisit,
    row.byService,
    row.byOutcome,
    row.byBlocker,
    ...Object.values(row.byGenderAge),
  ];
  return (
    row.sessions >= 0 &&
    counts.every((c) => Object.values(c ?? {}).every((n) => Number.isSafeInteger(n) && (n ?? 0) > 0))
  );
}

/** A live session the [centreId+day] index can find; deleted ones and malformed rows count nowhere. */
function counted(s: StoredSession | undefined): StoredSession | undefined {
  return s && !s.deletedAt && typeof s.centreId === 'string' && typeof s.day === 'string' ? s : undefined;
}

const BOOKKEEPING = new Set(['version', 'updatedAt', 'needsReview']);

/** Equal for two copies that count the same; sealed copies compare by everything but local bookkeeping. */
function fingerprint(s: StoredSession): string {
  if (hasOpenGroups(s)) return JSON.stringify([...COUNTED_FIELDS].map((field) => s[field]));
  return JSON.stringify(Object.entries(s).filter(([name]) => !BOOKKEEPING.has(name)));
}

function idOf([centreId, day]: DayKey): string {
  return `${centreId}\u0000${day}`;
}
