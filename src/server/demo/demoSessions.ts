import { sql, type Kysely } from 'kysely';
import { countSessions as countDemoSessions, generateSessions, type DemoNetwork } from '../../shared/demo';
import { dayNumber, formatDate } from '../../shared/reports/calendar';
import type { DialectName } from '../store/dialect';
import type { Database } from '../store/schema';
import { importSessions } from './sessionImport';

const THROUGH_KEY = 'demo_sessions_through';

/**
 * Generates and loads the demo's sessions up to `lastDay`: a year on the first start, the missing days on
 * later ones (the last day loaded is kept in server_meta). A load cut short is redone from its first day.
 */
export async function loadDemoSessions(
  db: Kysely<Database>,
  dialect: DialectName,
  network: DemoNetwork,
  options: { seed: number; lastDay: string; days: number; scale?: number; print: (line: string) => void },
): Promise<number> {
  const through = (await db.selectFrom('server_meta').select('value').where('key', '=', THROUGH_KEY).executeTakeFirst())
    ?.value;
  const from = through ? formatDate(dayNumber(through) + 1) : formatDate(dayNumber(options.lastDay) - options.days + 1);
  if (dayNumber(from) > dayNumber(options.lastDay)) return 0;
  // Generated sessions of an interrupted load (after `through`) go first, so the days are loaded once.
  // Only those of the demo tablets (whose tokens nobody has): sessions a real tablet logged in the demo stay.
  const demoDevices = sql.join(network.devices.map((d) => sql`${d.id}`));
  await sql`delete from sessions where local_day >= ${from} and author_device_id in (${demoDevices})`.execute(db);
  const range = {
    seed: options.seed,
    from,
    to: options.lastDay,
    ...(options.scale !== undefined ? { scale: options.scale } : {}),
  };
  const total = countDemoSessions(network, range);
  options.print(`Loading ${total.toLocaleString('en')} demo sessions (${from} – ${options.lastDay})…`);
  let shown = 0;
  const loaded = await importSessions(
    db,
    dialect,
    (function* () {
      for (const session of generateSessions(network, range)) yield { session };
    })(),
    {
      batchSize: 5_000,
      onBatch: (n) => {
        const percent = Math.floor((100 * n) / Math.max(total, 1));
        if (percent >= shown + 10 || n === total)
          options.print(`  ${n.toLocaleString('en')} / ${total.toLocaleString('en')} (${(shown = percent)}%)`);
      },
    },
  );
  await db
    .insertInto('server_meta')
    .values({ key: THROUGH_KEY, value: options.lastDay })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: options.lastDay }))
    .execute();
  return loaded;
}
