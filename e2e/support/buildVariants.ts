import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { servedDistDir } from './deploy';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Two builds of the app to deploy in turn, many times, without building each time: the build the suite
 * serves (copied aside) and one more built once with its own `URA_BUILD_ID`. `deploy()` swaps the other one
 * into the served folder while the server keeps serving it, as a release lands on a centre's server;
 * `restore()` puts the suite's build back so later specs see the build they were started with.
 */
export class BuildVariants {
  private readonly original: string;
  private readonly other: string;
  private served: 'original' | 'other' = 'original';

  private constructor(
    readonly distDir: string,
    readonly otherBuildId: string,
  ) {
    if (!existsSync(join(distDir, 'index.html')))
      throw new Error(`no build in ${distDir}: run \`npx vite build\` first`);
    this.original = mkdtempSync(join(tmpdir(), 'ura-dist-original-'));
    this.other = mkdtempSync(join(tmpdir(), 'ura-dist-other-'));
    cpSync(distDir, this.original, { recursive: true });
  }

  /** Copies the served build aside and builds `otherBuildId` next to it (the served folder is not touched). */
  static async prepare(otherBuildId: string, distDir: string = servedDistDir()): Promise<BuildVariants> {
    const variants = new BuildVariants(distDir, otherBuildId);
    const env: NodeJS.ProcessEnv = { ...process.env, URA_BUILD_ID: otherBuildId };
    delete env.NODE_ENV; // a production build, whatever the test runner sets
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    await run(process.execPath, [vite, 'build', '--outDir', variants.other, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (!existsSync(join(variants.other, 'index.html'))) throw new Error(`build ${otherBuildId} left no index.html`);
    return variants;
  }

  /** Serves the build that is not being served now; returns which one that is. */
  deployNext(): 'original' | 'other' {
    this.served = this.served === 'original' ? 'other' : 'original';
    this.replaceServed(this.served === 'original' ? this.original : this.other);
    return this.served;
  }

  /** Puts the suite's build back and removes the copies. */
  restore(): void {
    if (this.served !== 'original') this.replaceServed(this.original);
    this.served = 'original';
    rmSync(this.original, { recursive: true, force: true });
    rmSync(this.other, { recursive: true, force: true });
  }

  private replaceServed(from: string): void {
    for (const entry of readdirSync(this.distDir)) rmSync(join(this.distDir, entry), { recursive: true, force: true });
    cpSync(from, this.distDir, { recursive: true });
  }
}
