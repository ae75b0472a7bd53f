// `npm run test:e2e`: build the PWA, find a Chromium, run the Playwright specs against the real server.
import { execFileSync } from 'node:child_process';
import { findChromium } from './findChromium.mjs';

const chrome = await findChromium();
console.log(`[e2e] Chromium: ${chrome}`);
// DIST_DIR (default ./dist) is where the build goes and what the e2e servers serve: parallel runs can each use their own.
const distDir = process.env.DIST_DIR || 'dist';
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], { stdio: 'inherit' });
// Arguments pass through as they are (no shell): `npm run test:e2e -- --grep-invert "a|b"` works.
execFileSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
