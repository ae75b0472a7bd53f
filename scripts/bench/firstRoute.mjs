#!/usr/bin/env node
// `node scripts/bench/firstRoute.mjs --dist <dir> [--build] [--modules <n>] [--json <file>]`
//
// The first step of `npm run bench` on its own: the initial-route JavaScript along a restarted tablet's path
// (PIN prompt, unlock, Today), measured exactly as the benchmark does (metrics/initialJs.mjs: the real
// server, headless Chromium, every script from the network), then each loaded file split by source module
// (from the build's source maps), so one sees what to move off the path. Nothing is appended to
// bench-results/. --build first runs `npx vite build --outDir <dir>`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../findChromium.mjs';
import { firstPage, launchDevice } from './browser.mjs';
import { measureInitialJs } from './metrics/initialJs.mjs';
import { builtModuleSizes } from './moduleSizes.mjs';
import { enrolTablet, makeNetwork } from './network.mjs';
import { ROOT, startServer } from './server.mjs';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    build: { type: 'boolean', default: false },
    modules: { type: 'string', default: '12' },
    json: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help || !args.dist) {
  console.log(`node scripts/bench/firstRoute.mjs --dist <dir> [options]
  --dist <dir>     the build to serve (e.g. .e2e-dist-<name>)
  --build          build it first: npx vite build --outDir <dir> --emptyOutDir
  --modules <n>    modules listed per file, largest first (default 12; 0: none)
  --json <file>    also write the figures (files and modules) to this file`);
  process.exit(args.help ? 0 : 2);
}
const distDir = resolve(args.dist);
const modulesShown = Number(args.modules);
const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`.padStart(9);
const log = (message) => console.error(`[first-route] ${message}`);

if (args.build) {
  const started = Date.now();
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  log(`vite build took ${Math.round((Date.now() - started) / 1000)} s`);
}

const server = await startServer({ distDir });
let tablet;
try {
  const executablePath = await findChromium();
  const network = await makeNetwork(server.url, server.output());
  tablet = await launchDevice({ executablePath, baseURL: server.url, serviceWorkers: 'block' });
  const page = await firstPage(tablet.context);
  await enrolTablet(page, network);
  await page.goto('about:blank'); // no unlocked page left: the next load starts at the PIN prompt
  const initialJs = await measureInitialJs(tablet.context);
  const files = initialJs.chunks.map((chunk) => ({ ...chunk, modules: builtModuleSizes(distDir, chunk.file) }));

  console.log(`First-route JavaScript of ${distDir} (${initialJs.path}; KB = 1024 bytes, gzip -9):`);
  for (const file of files) {
    console.log(`${kb(file.gzipBytes)} gz ${kb(file.bytes)} raw  ${file.file}  (${file.part})`);
    for (const m of (file.modules ?? []).slice(0, modulesShown))
      console.log(`      ${kb(m.gzipBytes)} gz ${kb(m.bytes)} min  ${m.module}`);
  }
  const idle = initialJs.loadedWhenIdle;
  console.log(`${kb(initialJs.gzipBytes)} gz ${kb(initialJs.bytes)} raw  total (not counting what loaded when idle)`);
  console.log(`${kb(initialJs.toPinPrompt.gzipBytes)} gz ${kb(initialJs.toPinPrompt.bytes)} raw  up to the PIN prompt`);
  console.log(
    `${kb(initialJs.afterUnlock.gzipBytes)} gz ${kb(initialJs.afterUnlock.bytes)} raw  after the unlock (Today)`,
  );
  console.log(`${kb(idle.gzipBytes)} gz ${kb(idle.bytes)} raw  loaded when idle, after the PIN prompt showed (not counted)`);
  console.log(`load average (1 min): ${loadavg()[0].toFixed(2)}`);
  if (args.json) writeFileSync(args.json, JSON.stringify({ ...initialJs, chunks: files }, null, 2));
} finally {
  await tablet?.close();
  await server.stop();
}
