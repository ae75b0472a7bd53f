#!/usr/bin/env node
// `npm run bench:reports [-- --sizes 100000,1000000] [--export 500000] [--fresh] [--no-pg]`
//
// The reports benchmark: the weekly report of a whole network over 100,000 and 1,000,000 stored sessions
// on SQLite and, beside it, PostgreSQL (database ura_bench on the server of TEST_DATABASE_URL, else of a
// cluster on 127.0.0.1:54329 if one answers); and the XLSX export of a year of 500,000 sessions (time, and
// the peak RSS of the process that exports).
// Databases are filled with the demo generator once and kept in .bench/reports/ (--fresh refills them).
// Each run is appended to bench-results/reports.jsonl. Missed targets are reported, not errors.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { environment, printMissed, printTable } from './report.mjs';
import { child, log, postgresDb, postgresUrl, sqliteDb } from './reports-databases.mjs';
import { keepReportsResult } from './reports-results.mjs';
import { ROOT } from './server.mjs';
import { summary } from './stats.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    export: { type: 'string', default: '500000' },
    fresh: { type: 'boolean', default: false },
    'no-pg': { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').map(Number);
const exportSize = Number(args.export);
if (![...sizes, exportSize].every((n) => Number.isInteger(n) && n > 0)) {
  console.error('--sizes and --export take positive whole numbers');
  process.exit(2);
}
const TARGETS = { 100000: 150, 1000000: 1500 };
const DIR = join(ROOT, '.bench', 'reports');
const loadAtStart = loadavg()[0];

const rows = [];
const details = {};
const pgUrl = args['no-pg'] ? null : await postgresUrl();
for (const size of sizes) {
  for (const kind of pgUrl ? ['sqlite', 'postgres'] : ['sqlite']) {
    const label = `weekly report, ${size.toLocaleString('en')} sessions stored, ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} (p50)`;
    try {
      const db = kind === 'sqlite' ? sqliteDb(size, args.fresh) : await postgresDb(pgUrl, size, args.fresh);
      const { times, weekSessions, stored } = child('week', { ...db, runs: 7 });
      const stats = summary(times);
      details[`week_${kind}_${size}`] = { ...stats, weekSessions, stored };
      const target = TARGETS[size];
      rows.push({
        metric: label,
        value: stats.p50,
        unit: `ms (p95 ${stats.p95}; ${weekSessions.toLocaleString('en')} in the week)`,
        ...(target ? { target: `≤ ${target} ms`, pass: stats.p50 <= target } : {}),
      });
    } catch (error) {
      log(error.message);
      rows.push({ metric: label, value: null, unit: 'ms', pass: null });
    }
  }
}
try {
  const db = sqliteDb(exportSize, args.fresh);
  const out = join(DIR, `year-${exportSize}.xlsx`);
  const result = child('export', { ...db, out });
  details.export = { ...result, bytes: statSync(out).size };
  rows.push({
    metric: `XLSX export, one year of ${exportSize.toLocaleString('en')} sessions, SQLite`,
    value: Math.round(result.exportMs / 100) / 10,
    unit: `s (${Math.round(statSync(out).size / 1024)} KB)`,
    target: '≤ 30 s',
    pass: result.exportMs <= 30_000,
  });
  rows.push({
    metric: 'XLSX export, peak RSS of the process',
    value: result.peakRssMB,
    unit: 'MB',
    target: '≤ 200 MB',
    pass: result.peakRssMB <= 200,
  });
} catch (error) {
  log(error.message);
  rows.push({ metric: 'XLSX export, one year', value: null, unit: 's', pass: null });
}

console.log('');
printTable(rows);
printMissed(rows);
// The app benchmark's environment without its browser field.
const { chromium: _noBrowser, ...machine } = environment(null, loadAtStart);
const env = {
  ...machine,
  sqlite: execFileSync(
    process.execPath,
    ['-e', "console.log(new (require('better-sqlite3'))(':memory:').prepare('select sqlite_version() v').get().v)"],
    { cwd: ROOT, encoding: 'utf8' },
  ).trim(),
};
console.log(
  `\nResults appended to ${keepReportsResult({ ...env, metrics: details, missed: rows.filter((r) => r.pass === false).map((r) => r.metric) })}. Load average at start: ${env.loadAverage1mAtStart}.`,
);
process.exit(rows.some((r) => r.value === null) ? 1 : 0);
