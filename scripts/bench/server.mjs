// Builds the PWA and runs the real Ura server for the benchmarks.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// 4173 belongs to the e2e tests; the benchmark looks for a free port from 4300 on.
const FIRST_PORT = 4300;
const RESERVED_PORTS = new Set([4173]);

// The benchmark builds into its own folder (git-ignored .bench/) so that it neither replaces ./dist under a
// concurrent e2e run nor has its app swapped by one halfway through.
export const BENCH_DIST = join(ROOT, '.bench', 'dist');

/** `npx vite build` into .bench/dist, quietly; throws when the build fails. Returns the time taken in ms. */
export function buildPwa() {
  const started = Date.now();
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', BENCH_DIST, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  return Date.now() - started;
}

/** The build to serve with --no-build: the benchmark's own if there is one, else ./dist. */
export function existingBuild() {
  for (const dir of [BENCH_DIST, join(ROOT, 'dist')]) if (existsSync(join(dir, 'index.html'))) return dir;
  throw new Error('no build found in .bench/dist or dist/; run without --no-build');
}

/** True when nothing listens on `port` (checked on all interfaces, as the server may bind them). */
async function isFree(port) {
  const probe = createServer();
  probe.unref();
  probe.listen(port, '0.0.0.0');
  try {
    await once(probe, 'listening');
    return true;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}

export async function findFreePort(from = FIRST_PORT) {
  for (let port = from; port < from + 100; port++) {
    if (!RESERVED_PORTS.has(port) && (await isFree(port))) return port;
  }
  throw new Error(`no free port in ${from}..${from + 99}`);
}

/**
 * Starts the real server (src/server/main.ts) as ONE node process, so its pid is the server whose memory a
 * benchmark samples: its own port (from `firstPort` on), its own temporary SQLite file unless `databaseUrl`
 * is given, serving `distDir` when given. Waits for /api/health. Returns { url, port, pid, stop, output };
 * stop() sends SIGTERM (SIGKILL after 10 s) and removes the data folder. BENCH_SERVER_NODE_ARGS adds Node options to
 * the server process, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it (written when it stops).
 */
export async function startServer({ distDir, databaseUrl, firstPort = FIRST_PORT } = {}) {
  const port = await findFreePort(firstPort);
  const dataDir = mkdtempSync(join(tmpdir(), 'ura-bench-server-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SQLITE_PATH: join(dataDir, 'ura.sqlite'),
    SETUP_CODE_FILE: join(dataDir, 'setup-code'),
    LOG_LEVEL: 'warn',
    // A benchmark loads the app many times from one address; the default limit is for the open internet.
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...(distDir ? { DIST_DIR: distDir } : {}),
  };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'src/server/main.ts'],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
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
      throw new Error(`server did not become healthy within 60 s:\n${output}`);
    }
    const health = await fetch(`${url}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, port, pid: child.pid, stop, output: () => output };
}
