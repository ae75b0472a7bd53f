// The real server (src/server/main.ts) as ONE node process (`node --import tsx`), so its pid is the process
// whose memory we sample. Its own port, its own temporary SQLite file (or a DATABASE_URL).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, ROOT } from '../server.mjs';

export async function startSyncServer({ distDir, databaseUrl } = {}) {
  const port = await findFreePort(4400);
  const dataDir = mkdtempSync(join(tmpdir(), 'ura-bench-sync-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SQLITE_PATH: join(dataDir, 'ura.sqlite'),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '1000000',
    SETUP_CODE_FILE: join(dataDir, 'setup-code'),
    ...(distDir ? { DIST_DIR: distDir } : {}),
  };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server not healthy within 60 s:\n${output}`);
    }
    const health = await fetch(`${url}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, pid: child.pid, stop, output: () => output };
}

/** kB fields of /proc/<pid>/status (VmRSS, VmHWM), or null off Linux. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
    return { rssKB: kb('VmRSS'), hwmKB: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Polls the RSS every 50 ms while `fn` runs; returns { result, peakRssMB, hwmMB } (hwm: the lifetime peak). */
export async function withPeakRss(pid, fn) {
  let peak = memoryOf(pid)?.rssKB ?? 0;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m && m.rssKB > peak) peak = m.rssKB;
  }, 50);
  try {
    const result = await fn();
    const end = memoryOf(pid);
    if (end && end.rssKB > peak) peak = end.rssKB;
    return { result, peakRssMB: Math.round(peak / 102.4) / 10, hwmMB: end ? Math.round(end.hwmKB / 102.4) / 10 : null };
  } finally {
    clearInterval(timer);
  }
}
