import { resolve } from 'node:path';
import { DEMO_NETWORK_ID, demoNetwork, isDemoName } from '../../shared/demo';
import { loadStarterCatalogue } from '../../shared/catalogue/starterCatalogue';
import { dayNumber, formatDate } from '../../shared/reports/calendar';
import { openDatabase } from '../store/database';
import { createKyselyStore } from '../store/kyselyStore';
import { resetDemoAccounts, type DemoAccount } from './demoAccounts';
import { loadDemoSessions } from './demoSessions';
import { insertDemoNetwork } from './networkInsert';

/** The demo's own database; `--demo` never touches DATABASE_URL or SQLITE_PATH. */
export const DEMO_SQLITE_PATH = './data/demo.sqlite';
export const DEMO_SEED = 2026;
const NETWORK_KEY = 'demo_network';
/** "Yesterday" as the demo centres see it (all of them are on Central European time). */
const DEMO_TIME_ZONE = 'Europe/Belgrade';

export class DemoRefused extends Error {
  override name = 'DemoRefused';
}

export type DemoOptions = { path?: string; now: Date; print: (line: string) => void; days?: number; scale?: number };

/**
 * Makes the demo database ready before the server opens it: the demo network (6 organisations, 17
 * centres, people, tablets) on the first start, a year of sessions ending yesterday (topped up on later
 * starts), and new passwords for the demo admin and one coordinator. Refuses a database that holds
 * anything but demo centres (names start with DEMO_MARKER), so demo data never mixes with real data.
 */
export async function prepareDemo(options: DemoOptions): Promise<{ path: string; accounts: DemoAccount[] }> {
  const path = options.path ?? DEMO_SQLITE_PATH;
  if (path === ':memory:' || resolve(path) === resolve(process.env.SQLITE_PATH ?? './data/ura.sqlite')) {
    throw new DemoRefused(`The demo needs its own database file, not ${path}`);
  }
  const open = await openDatabase({ kind: 'sqlite', path });
  const store = await createKyselyStore(open);
  try {
    const centres = await store.listCentres();
    const real = centres.filter((c) => !isDemoName(c.name));
    if (real.length > 0) {
      throw new DemoRefused(
        `${path} holds ${real.length} centre(s) that are not demo centres (e.g. "${real[0]?.name}"); demo data is only loaded into a demo database. Move the file away or use another path.`,
      );
    }
    const network = demoNetwork(DEMO_SEED);
    const at = options.now.toISOString();
    if (centres.length === 0) {
      options.print(
        `Creating the demo network in ${path}: ${network.organisations.length} organisations, ${network.centres.length} centres, ${network.users.length} people, ${network.devices.length} tablets…`,
      );
      await insertDemoNetwork(store, network, at);
      await open.db.insertInto('server_meta').values({ key: NETWORK_KEY, value: DEMO_NETWORK_ID }).execute();
    }
    await store.seedCatalogue(loadStarterCatalogue());
    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone: DEMO_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(options.now);
    const yesterday = formatDate(dayNumber(today) - 1);
    await loadDemoSessions(open.db, open.dialect, network, {
      seed: DEMO_SEED,
      lastDay: yesterday,
      days: options.days ?? 365,
      ...(options.scale !== undefined ? { scale: options.scale } : {}),
      print: options.print,
    });
    return { path, accounts: await resetDemoAccounts(store, network, at) };
  } finally {
    await store.close();
  }
}
