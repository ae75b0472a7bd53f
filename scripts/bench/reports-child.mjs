// One measurement of the reports benchmark, in a process of its own (so its peak memory is its own):
//   node --import tsx scripts/bench/reports-child.mjs fill|week|export '<json options>'
// Prints one JSON line on stdout. Run by reports.mjs; not meant to be run by hand.
// Modules are imported per command, so the export's peak memory holds only what an export loads.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openDatabase } from '../../src/server/store/database.ts';
import { createKyselyStore } from '../../src/server/store/kyselyStore.ts';

export const SEED = 7;
/** The year the benchmark data covers; its last full ISO week is 2026-W46. */
export const YEAR = { from: '2025-11-17', to: '2026-11-15' };
export const LAST_WEEK = { week: '2026-W46', range: { start: '2026-11-09', end: '2026-11-15' } };

const [command, json] = process.argv.slice(2);
const options = JSON.parse(json ?? '{}');
const database = options.url ? { kind: 'postgres', url: options.url } : { kind: 'sqlite', path: options.path };
const open = await openDatabase(database, options.schema ? { schema: options.schema, poolSize: 4 } : {});
const store = await createKyselyStore(open);
const ms = (start) => Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;
let result;
try {
  if (command === 'fill') result = await fill(options.sessions);
  else if (command === 'week') result = await week(options.runs ?? 7);
  else if (command === 'export') result = await exportYear(options.out);
  else throw new Error(`unknown command ${command}`);
} finally {
  await store.close();
}
process.stdout.write(
  `${JSON.stringify({ ...result, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
);

/** The demo network and about `sessions` sessions over YEAR (the demo generator's volume, scaled). */
async function fill(sessions) {
  const {
    countSessions: countDemoSessions,
    demoNetwork,
    generateSessions,
  } = await import('../../src/shared/demo/index.ts');
  const { insertDemoNetwork } = await import('../../src/server/demo/networkInsert.ts');
  const { importSessions } = await import('../../src/server/demo/sessionImport.ts');
  const network = demoNetwork(SEED);
  await insertDemoNetwork(store, network, '2025-11-01T00:00:00.000Z');
  await store.seedCatalogue((await import('../../src/shared/catalogue/starterCatalogue.ts')).loadStarterCatalogue());
  const scale = sessions / countDemoSessions(network, { seed: SEED, ...YEAR });
  const started = process.hrtime.bigint();
  const items = (function* () {
    for (const session of generateSessions(network, { seed: SEED, ...YEAR, scale })) yield { session };
  })();
  const loaded = await importSessions(open.db, open.dialect, items, {
    batchSize: 10_000,
    onBatch: (n) =>
      n % 100_000 < 10_000 && process.stderr.write(`[bench]   ${n.toLocaleString('en')} sessions loaded\n`),
  });
  await open.db
    .insertInto('server_meta')
    .values({ key: 'bench_sessions', value: String(loaded) })
    .execute();
  return { loaded, fillMs: ms(started) };
}

/** The weekly report of the whole network as GET /api/reports computes it (SQL, tables, comparison, locks). */
async function week(runs) {
  const { centreReport } = await import('../../src/server/reports/reportService.ts');
  const centres = await store.admin.listCentres();
  const times = [];
  let sessions = 0;
  for (let i = 0; i < runs + 1; i++) {
    const started = process.hrtime.bigint();
    const report = await centreReport(store, centres, LAST_WEEK);
    if (i > 0) times.push(ms(started)); // the first run warms the caches
    sessions = report.report.totals.sessions;
  }
  return { times, weekSessions: sessions, stored: await stored() };
}

/** The XLSX export of the whole year, written to a file as the CLI writes it. */
async function exportYear(out) {
  const { prepareExport } = await import('../../src/server/reports/export/prepareExport.ts');
  const centres = await store.admin.listCentres();
  const started = process.hrtime.bigint();
  const prepared = await prepareExport(
    store,
    centres,
    { range: { start: YEAR.from, end: YEAR.to }, week: null },
    { format: 'xlsx', k: 10, lng: 'en', now: new Date() },
  );
  const preparedMs = ms(started);
  await pipeline(Readable.from(prepared.chunks()), createWriteStream(out));
  return { exportMs: ms(started), preparedMs, stored: await stored() };
}

async function stored() {
  const row = await open.db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
