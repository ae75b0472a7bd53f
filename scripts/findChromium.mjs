// Finds a Chromium for the end-to-end tests: CHROME_PATH, the system package, or Playwright's own;
// installs one when none is there (Debian's package as root, else Playwright's download).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function playwrightsOwn() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

async function locate() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  for (const name of SYSTEM_NAMES) {
    const path = onPath(name);
    if (path) return path;
  }
  return playwrightsOwn();
}

function tryInstall() {
  const isRoot = process.getuid?.() === 0;
  const attempts = [
    ...(isRoot && onPath('apt-get') ? ['apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'] : []),
    'npx playwright install chromium',
  ];
  for (const command of attempts) {
    console.log(`[chromium] none found; trying: ${command}`);
    try {
      execSync(command, { stdio: 'inherit' });
      return;
    } catch {
      console.log(`[chromium] that did not work`);
    }
  }
}

export async function findChromium() {
  let path = await locate();
  if (!path) {
    tryInstall();
    path = await locate();
  }
  if (!path) throw new Error('No Chromium found. Set CHROME_PATH, install the chromium package, or run `npx playwright install chromium`.');
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await findChromium());
