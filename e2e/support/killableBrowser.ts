import { chromium, type BrowserContext, type LaunchOptions } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * A Chromium with a profile on disk (`launchPersistentContext`) that a test can kill the hard way: SIGKILL
 * to the browser's whole process group (browser, zygotes, renderers, the storage service), so no shutdown
 * code and no late flush runs, as when a tablet's battery dies or the OS kills the browser.
 *
 * Playwright does not expose a persistent context's process, so it is found in /proc: the process whose
 * command line holds `--user-data-dir=<profileDir>` and no `--type=` (that is a child). Playwright starts the
 * browser detached, so that process leads its own process group. Linux only.
 */
export class KillableBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly pid: number,
    readonly processGroup: number,
  ) {}

  static async launch(
    profileDir: string,
    options: { baseURL: string; launchOptions?: LaunchOptions },
  ): Promise<KillableBrowser> {
    const context = await chromium.launchPersistentContext(profileDir, {
      ...options.launchOptions,
      headless: true,
      baseURL: options.baseURL,
      serviceWorkers: 'allow',
    });
    const pid = browserPid(profileDir);
    const group = processGroupOf(pid);
    if (group === processGroupOf(process.pid)) {
      await context.close();
      throw new Error("the browser shares the test runner's process group: killing it would kill the tests");
    }
    return new KillableBrowser(context, pid, group);
  }

  /** SIGKILL to every process of the browser; resolves once none is left and Playwright has seen it go. */
  async kill(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.context.once('close', () => resolve()));
    process.kill(-this.processGroup, 'SIGKILL');
    const deadline = Date.now() + 10_000;
    while (membersOf(this.processGroup).length > 0) {
      if (Date.now() > deadline)
        throw new Error(`browser process group ${this.processGroup} still alive 10 s after SIGKILL`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await closed;
  }
}

function processes(): { pid: number; cmdline: string[] }[] {
  const found: { pid: number; cmdline: string[] }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      found.push({ pid: Number(entry), cmdline: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0') });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

function browserPid(profileDir: string): number {
  const flag = `--user-data-dir=${profileDir}`;
  const browsers = processes().filter(
    (p) => p.cmdline.includes(flag) && !p.cmdline.some((a) => a.startsWith('--type=')),
  );
  if (browsers.length !== 1)
    throw new Error(`expected one browser process for ${profileDir}, found ${browsers.length}`);
  return browsers[0]!.pid;
}

/** Field 5 of /proc/<pid>/stat (after the parenthesised command name, which may hold spaces). */
function processGroupOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const pgid = Number(fields[2]);
  if (!Number.isInteger(pgid) || pgid <= 1) throw new Error(`no process group for pid ${pid}`);
  return pgid;
}

/** Live (not zombie) processes of a process group. */
function membersOf(pgid: number): number[] {
  const members: number[] = [];
  for (const { pid } of processes()) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(pid);
    } catch {
      // gone meanwhile
    }
  }
  return members;
}
