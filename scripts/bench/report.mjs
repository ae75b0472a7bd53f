// Printing a benchmark's table and keeping each run as one JSON line in bench-results/<name>.jsonl.
import { execSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './server.mjs';

function git(args) {
  try {
    return execSync(`git ${args}`, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Where and on what the run happened. */
export function environment(chromium, loadAverageAtStart) {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    commit: git('rev-parse HEAD'),
    dirty: (git('status --porcelain') ?? '') !== '', // uncommitted changes were measured too
    node: process.version,
    chromium,
    cores: cpu.length,
    cpuModel: cpu[0]?.model ?? null,
    platform: `${process.platform}-${process.arch}`,
    loadAverage1mAtStart: Math.round(loadAverageAtStart * 100) / 100, // other work on the machine skews timings
  };
}

/**
 * A row: { metric, value, unit, target?, pass? }. `pass` is true/false against the target,
 * undefined when there is no target, and null when the metric could not be measured.
 */
export function printTable(rows) {
  const cells = rows.map((r) => [
    r.metric,
    r.value === null ? 'ERROR' : `${r.value} ${r.unit}`,
    r.target ?? '—',
    r.pass === undefined ? '—' : r.pass === null ? 'ERROR' : r.pass ? 'pass' : 'FAIL (missed)',
  ]);
  const header = ['metric', 'value', 'target', 'pass/fail'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) =>
    c.map((x, i) => (i === 1 ? String(x).padStart(widths[i]) : String(x).padEnd(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

export function printMissed(rows) {
  const missed = rows.filter((r) => r.pass === false);
  const broken = rows.filter((r) => r.pass === null || r.value === null);
  console.log('');
  if (missed.length === 0 && broken.length === 0) console.log('All targets met.');
  for (const r of missed) console.log(`TARGET MISSED: ${r.metric} = ${r.value} ${r.unit} (target ${r.target})`);
  for (const r of broken) console.log(`NOT MEASURED: ${r.metric} (see the error above)`);
}

export function printEnvironment(env) {
  const commit = env.commit ? `${env.commit.slice(0, 10)}${env.dirty ? ' + uncommitted changes' : ''}` : 'unknown';
  console.log(`\nCommit ${commit}; ${env.chromium}; Node ${env.node}; ${env.cores} cores (${env.cpuModel}).`);
  const busy = env.loadAverage1mAtStart > env.cores / 2;
  console.log(
    `Load average before the run: ${env.loadAverage1mAtStart}${busy ? ' (a busy machine: timings are pessimistic)' : ''}.`,
  );
}

/** Appends the run to bench-results/<name>.jsonl (app, sync, offline, reports); returns the path relative to the repository. */
export function keepResult(record, name = 'app') {
  const file = join(ROOT, 'bench-results', `${name}.jsonl`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  appendFileSync(file, `${JSON.stringify(record)}\n`);
  return relative(ROOT, file);
}
