import { execFile, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project root: where playwright.config.ts is, and where the webServer runs. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The folder the e2e server serves: the same DIST_DIR the webServer inherits, `./dist` by default. */
export function servedDistDir(): string {
  return resolve(ROOT, process.env.DIST_DIR || 'dist');
}

/**
 * Deploys new builds of the PWA into the folder the running server serves, the way a release lands
 * on a centre's server. The build under test is copied aside first and put back by `restore()`, so
 * the specs that run later see exactly the build they were started with.
 */
export class Deployer {
  private snapshot: string | null = null;
  private building: ChildProcess | null = null;

  constructor(readonly distDir: string = servedDistDir()) {}

  /** Copies the current build aside (once); `restore()` puts it back. */
  keepCurrent(): void {
    if (this.snapshot) return;
    if (!existsSync(join(this.distDir, 'index.html'))) throw new Error(`no build in ${this.distDir}: run \`npx vite build\` first`);
    this.snapshot = mkdtempSync(join(tmpdir(), 'ura-dist-snapshot-'));
    cpSync(this.distDir, this.snapshot, { recursive: true });
  }

  /** Builds the app with `URA_BUILD_ID=buildId` straight into the served folder. */
  async deploy(buildId: string): Promise<void> {
    this.keepCurrent();
    const env: NodeJS.ProcessEnv = { ...process.env, URA_BUILD_ID: buildId };
    delete env.NODE_ENV; // a production build, whatever the test runner sets
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    const build = run(process.execPath, [vite, 'build', '--outDir', this.distDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    this.building = build.child;
    try {
      await build;
    } finally {
      this.building = null;
    }
    if (!existsSync(join(this.distDir, 'index.html'))) throw new Error(`build ${buildId} left no index.html in ${this.distDir}`);
  }

  /** Puts the build that was there before the first deploy back in place (stopping a build cut short by a timeout). */
  async restore(): Promise<void> {
    const building = this.building;
    if (building && building.exitCode === null) {
      const exited = new Promise((resolve) => building.once('exit', resolve));
      building.kill();
      await exited;
    }
    if (!this.snapshot) return;
    for (const entry of readdirSync(this.distDir)) rmSync(join(this.distDir, entry), { recursive: true, force: true });
    cpSync(this.snapshot, this.distDir, { recursive: true });
    rmSync(this.snapshot, { recursive: true, force: true });
    this.snapshot = null;
  }
}

/** A build id no earlier run can have used. */
export function uniqueBuildId(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
