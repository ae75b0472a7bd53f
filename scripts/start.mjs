#!/usr/bin/env node
// `npm start [-- --port 9000]`: builds the PWA once if dist/ has none, then runs the server with tsx
// (Node 20 cannot strip TypeScript types itself). Arguments, environment and signals go to the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const distDir = process.env.DIST_DIR ?? join(root, 'dist');

if (!existsSync(join(distDir, 'index.html'))) {
  console.log('start: no PWA build in dist/, running `vite build` first…');
  const build = spawnSync(bin('vite'), ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('start: the PWA did not build; starting the API only (fix the build, then run `npm run build`).');
  }
}

const server = spawn(bin('tsx'), [join(root, 'src', 'server', 'main.ts'), ...args], { cwd: root, stdio: 'inherit', env: process.env });

// The server shuts down gracefully on SIGTERM/SIGINT; pass them on and leave with its exit code.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}
server.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
server.on('error', (err) => {
  console.error(`start: could not run the server: ${err.message}`);
  process.exit(1);
});
