#!/usr/bin/env node
// `npm run bench:reports [-- --sizes 100000,1000000] [--export 500000] [--fresh] [--no-pg] [--only server|device] [--no-save]`
//
// The reports benchmark: the weekly report of a whole network over 100,000 and 1,000,000 stored sessions
// on SQLite and, beside it, PostgreSQL (database ura_bench on the server of TEST_DATABASE_URL, else of a
// cluster on 127.0.0.1:54329 if one answers); and the XLSX export of a year of 500,000 sessions (time, and
// the peak RSS of the process that exports); and the tablet's own-centre week of 5,000 sessions in headless
// Chromium at 4× CPU throttling (reports-device.mjs; --only device runs just that one).
// Databases are filled with the demo generator once and kept in .bench/reports/ (--fresh refills them).
// Each run is appended to bench-results/reports.jsonl (not with --no-save). Missed targets are reported, not errors.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { environment, keepResult, printMissed, printTable } from './report.mjs';
import { child, log, postgresDb, postgresUrl, sqliteDb } from './reports-databases.mjs';
import { measureDeviceWeek } from './reports-device.mjs';
import { ROOT } from './server.mjs';
import { summary } from './stats.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    export: { type: 'string', default: '500000' },
    fresh: { type: 'boolean', default: false },
    'no-pg': { type: 'boolean', default: false },
    'no-save': { type: 'boolean', default: false },
    only: { type: 'string' },
    'device-week': { type: 'string', default: '2026-W46' },
  },
});
if (args.only !== undefined && !['server', 'device'].includes(args.only)) {
  console.error('--only takes server or device');
  process.exit(2);
}
const runs = (part) => args.only === undefined || args.only === part;
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
const pgUrl = args['no-pg'] || !runs('server') ? null : await postgresUrl();
for (const size of runs('server') ? sizes : []) {
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
if (runs('server')) exportYear();
if (runs('device')) await deviceWeek();

/** One year of 500,000 sessions to XLSX: time, and the peak RSS of the exporting process. */
function exportYear() {
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
}

/** The tablet's own report: time to the rendered week (target ≤ 100 ms), and where the time goes. */
async function deviceWeek() {
  const label = 'tablet report, own centre week of 5,000 sessions, 4× CPU: read + count + render (p50)';
  try {
    const result = await measureDeviceWeek({ week: args['device-week'], log });
    details.device_week_5000 = result;
    const ms = (stats) => `ms (p95 ${stats.p95})`;
    rows.push({
      metric: label,
      value: result.total.p50,
      unit: ms(result.total),
      target: '≤ 100 ms',
      pass: result.total.p50 <= 100,
    });
    rows.push({
      metric: '  of which IndexedDB read of 7 day rows + report (loadLocalReport)',
      value: result.load.p50,
      unit: ms(result.load),
    });
    rows.push({ metric: '  of which render, tables and charts', value: result.render.p50, unit: ms(result.render) });
    rows.push({
      metric: '  once per week after the upgrade: rebuild its rows from 5,000 sessions + report',
      value: result.rebuild.p50,
      unit: ms(result.rebuild),
    });
  } catch (error) {
    log(error.message);
    rows.push({ metric: label, value: null, unit: 'ms', pass: null });
  }
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
const record = { ...env, metrics: details, missed: rows.filter((r) => r.pass === false).map((r) => r.metric) };
const kept = args['no-save'] ? 'Nothing appended (--no-save)' : `Results appended to ${keepResult(record, 'reports')}`;
console.log(`\n${kept}. Load average at start: ${env.loadAverage1mAtStart}.`);
process.exit(rows.some((r) => r.value === null) ? 1 : 0);
