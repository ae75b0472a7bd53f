#!/usr/bin/env node
// `npm run bench:offline [-- --no-build | --dist <folder>] [--sessions 2000] [--days 14] [--down-kbps 1600] [--up-kbps 1600] [--latency-ms 150] [--no-save]`
//
// The offline benchmark (issue #6, DESIGN.md §4, §10): a busy centre's fortnight with no connection, 2,000
// realistic pending sessions (the demo network's generator) written on a headless-Chromium tablet through the
// app's own createSession(). Measures the device storage they take (navigator.storage.estimate() and the
// IndexedDB folder of the profile on disk), then the time from reconnect until the server has acknowledged
// all of them, on loopback and on a throttled link (1.6 Mbps down and up, 150 ms latency). Each link gets a
// fresh tablet and server. Prints a table, appends a JSON line to bench-results/offline.jsonl.
// A missed target is reported, not an error: the exit code is non-zero only when something crashed.
import { loadavg } from 'node:os';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../findChromium.mjs';
import { bundleTabletPage } from './browser.mjs';
import { fortnightOffline } from './offline-device.mjs';
import { environment, keepResult, printEnvironment, printMissed, printTable } from './report.mjs';
import { BENCH_DIST, buildPwa, existingBuild, ROOT, startServer } from './server.mjs';
import { benchRun } from './steps.mjs';

// This benchmark's servers live from port 4500 on, apart from the app (4300) and sync (4400) benchmarks'.
const FIRST_PORT = 4500;

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string' }, // serve this build as it is (no build)
    sessions: { type: 'string', default: '2000' },
    days: { type: 'string', default: '14' },
    'down-kbps': { type: 'string', default: '1600' },
    'up-kbps': { type: 'string', default: '1600' },
    'latency-ms': { type: 'string', default: '150' },
    seed: { type: 'string', default: '7' },
    'no-save': { type: 'boolean', default: false }, // a trial run: nothing appended to the results file
  },
});
const options = {
  build: !args['no-build'] && !args.dist,
  sessions: Number(args.sessions),
  days: Number(args.days),
  seed: Number(args.seed),
  throttled: {
    downKbps: Number(args['down-kbps']),
    upKbps: Number(args['up-kbps']),
    latencyMs: Number(args['latency-ms']),
  },
};
const TARGETS = { reconnectMs: 60_000 };
const { log, cleanups, cleanUp, errors, step } = benchRun('bench:offline');

const MB = (bytes) => (bytes === null || bytes === undefined ? null : Math.round((bytes / 1024 / 1024) * 10) / 10);

async function main() {
  const loadAtStart = loadavg()[0];
  for (const [name, value] of Object.entries({
    sessions: options.sessions,
    days: options.days,
    ...options.throttled,
  })) {
    if (!(value > 0)) throw new Error(`--${name} must be a positive number`);
  }
  const executablePath = await findChromium();
  log(`Chromium: ${executablePath}`);
  if (options.build) log(`vite build took ${Math.round(buildPwa() / 1000)} s`);
  const distDir = args.dist ? resolve(ROOT, args.dist) : options.build ? BENCH_DIST : existingBuild();
  const script = await bundleTabletPage();
  const N = options.sessions;
  const { downKbps, upKbps, latencyMs } = options.throttled;
  const linkName = `${downKbps / 1000} Mbps down / ${upKbps / 1000} Mbps up, ${latencyMs} ms`;

  const runs = {};
  for (const [name, link] of [
    ['loopback', null],
    ['throttled', options.throttled],
  ]) {
    runs[name] = await step(
      `${N} sessions over ${options.days} days offline, reconnect on ${link ? linkName : 'loopback'}`,
      async () => {
        const server = await startServer({ distDir, firstPort: FIRST_PORT });
        cleanups.push(server.stop);
        log(`  server ${server.url} (pid ${server.pid}), serving ${relative(ROOT, distDir)}`);
        try {
          return await fortnightOffline({
            executablePath,
            server,
            script,
            count: N,
            days: options.days,
            seed: options.seed,
            link,
            log,
          });
        } finally {
          await server.stop();
        }
      },
    );
  }
  await cleanUp();

  const storage = runs.loopback?.storage ?? runs.throttled?.storage ?? null;
  const reconnectRow = (name, label) => {
    const r = runs[name];
    const ms = r ? Math.round(r.reconnectMs) : null;
    return {
      metric: `reconnect until all ${N} acknowledged, ${label}`,
      value: ms,
      unit: 'ms',
      target: `≤ ${TARGETS.reconnectMs / 1000} s`,
      pass: ms === null ? null : ms <= TARGETS.reconnectMs && r.deadLetters === 0,
    };
  };
  const rows = [
    {
      metric: `device storage used, ${N} pending sessions (storage.estimate)`,
      value: MB(storage?.usageBytes),
      unit: 'MB',
    },
    { metric: `  of it added by the ${N} sessions`, value: MB(storage?.addedBytes), unit: 'MB' },
    {
      metric: `  IndexedDB folder on disk (added)`,
      value: storage ? `${MB(storage.indexedDbFolderBytes)} (${MB(storage.indexedDbFolderAddedBytes)})` : null,
      unit: 'MB',
    },
    { metric: `  whole browser profile on disk`, value: MB(storage?.profileFolderBytes), unit: 'MB' },
    {
      metric: `  writing them (createSession, one by one)`,
      value: runs.loopback ? Math.round(runs.loopback.written.writeMs) : null,
      unit: 'ms',
    },
    reconnectRow('loopback', 'loopback'),
    reconnectRow('throttled', linkName),
    {
      metric: `  refused by the server (dead letters), loopback / throttled`,
      value: `${runs.loopback?.deadLetters ?? '–'} / ${runs.throttled?.deadLetters ?? '–'}`,
      unit: 'sessions',
    },
  ];

  const env = environment(executablePath, loadAtStart);
  printEnvironment(env);
  const w = runs.loopback?.written ?? runs.throttled?.written;
  if (w)
    console.log(
      `Sessions: ${w.centre}, ${w.from} to ${w.to}: ${w.services} services, ${w.withNotes} with notes, ${w.groups} groups.`,
    );
  console.log('');
  printTable(rows);
  printMissed(rows);
  const record = {
    ...env,
    options,
    metrics: {
      storageUsageMB: MB(storage?.usageBytes),
      storageAddedMB: MB(storage?.addedBytes),
      indexedDbFolderMB: MB(storage?.indexedDbFolderBytes),
      indexedDbFolderAddedMB: MB(storage?.indexedDbFolderAddedBytes),
      profileFolderMB: MB(storage?.profileFolderBytes),
      writeMs: runs.loopback ? Math.round(runs.loopback.written.writeMs) : null,
      reconnectLoopbackMs: runs.loopback ? Math.round(runs.loopback.reconnectMs) : null,
      reconnectThrottledMs: runs.throttled ? Math.round(runs.throttled.reconnectMs) : null,
      deadLetters: { loopback: runs.loopback?.deadLetters ?? null, throttled: runs.throttled?.deadLetters ?? null },
    },
    missed: rows.filter((r) => r.pass === false).map((r) => r.metric),
    errors,
  };
  if (args['no-save']) console.log('\n--no-save: nothing appended to the results file');
  else console.log(`\nResult appended to ${keepResult(record, 'offline')}`);
  return errors.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error('[bench:offline] crashed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
