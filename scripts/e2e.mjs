// `npm run test:e2e`: build the PWA, find a Chromium, run the Playwright specs against the real server.
import { execSync } from 'node:child_process';
import { findChromium } from './findChromium.mjs';

const chrome = await findChromium();
console.log(`[e2e] Chromium: ${chrome}`);
// DIST_DIR (default ./dist) is where the build goes and what the e2e servers serve: parallel runs can each use their own.
const distDir = process.env.DIST_DIR || 'dist';
execSync(`npx vite build --logLevel warn --outDir ${JSON.stringify(distDir)} --emptyOutDir`, { stdio: 'inherit' });
execSync(`npx playwright test ${process.argv.slice(2).join(' ')}`, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
