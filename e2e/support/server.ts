import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A port nothing listens on (the OS picks one). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * A server process of a test's own (not the suite's webServer): the real `src/server/main.ts` on its own
 * port and SQLite file, serving ./dist. Started as ONE node process (`node --import tsx`, not the tsx
 * CLI, which runs the server in a child): a SIGKILL then really kills the process that holds the port.
 * `restart()` starts a new process on the same port and the same SQLite file.
 */
export class OwnServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'ura-e2e-own-'));
  readonly sqlitePath = join(this.dataDir, 'ura.sqlite');
  private child: ChildProcess | null = null;
  private output = '';

  private constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<OwnServer> {
    const server = new OwnServer(await freePort());
    await server.restart();
    return server;
  }

  async restart(): Promise<void> {
    if (this.child) throw new Error('the server is still running');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        SQLITE_PATH: this.sqlitePath,
        DIST_DIR: resolve(ROOT, process.env.DIST_DIR || 'dist'),
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000',
        SETUP_CODE_FILE: join(this.dataDir, 'setup-code'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        this.child = null;
        throw new Error(`server exited (${child.exitCode ?? child.signalCode}):\n${this.output}`);
      }
      if (Date.now() > deadline) throw new Error(`server not healthy within 60 s:\n${this.output}`);
      const health = await fetch(`${this.url}/api/health`).catch(() => undefined);
      if (health?.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Kills the process (SIGKILL by default: no shutdown hook runs) and waits until it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await this.kill('SIGTERM');
      clearTimeout(timer);
    }
    rmSync(this.dataDir, { recursive: true, force: true, maxRetries: 5 });
  }

  logs(): string {
    return this.output;
  }
}
