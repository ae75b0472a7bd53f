// The generator streams: half a million sessions, counted and dropped, leave the heap where it was.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { demoNetwork } from './network';
import { generateSessions } from './sessions';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('generateSessions memory', () => {
  const network = demoNetwork(5);

  it('starts yielding at once, even for a century', () => {
    const sessions = generateSessions(network, { seed: 5, from: '2000-01-03', to: '2099-12-31', scale: 10 });
    expect(sessions.next().done).toBe(false);
  });

  it('generates 500,000 sessions without keeping them', { timeout: 180_000 }, () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    let services = 0;
    for (const session of generateSessions(network, { seed: 5, from: '2026-01-01', to: '2026-12-31', scale: 2 })) {
      services += session.services.length;
      if (++count === 500_000) break;
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(count).toBe(500_000);
    expect(services).toBeGreaterThan(count);
    // Kept sessions would take several hundred MB; caches (zone formatters, service tables) take kilobytes.
    expect(grown).toBeLessThan(16 * 1024 * 1024);
  });
});
