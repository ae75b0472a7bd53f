import fc from 'fast-check';
import { describe, it } from 'vitest';
import { simStats } from './invariants';
import { runScenario } from './runScenario';
import { scenarioArb } from './scenario';

/*
 * The sync simulator (DESIGN.md §10): N tablets, one real server, a faulty network, seeded runs.
 *   npm test             → SIM_RUNS (default 200) runs
 *   npm run test:soak    → 5000 runs with longer scenarios
 *   SIM_SEED=… SIM_PATH=… SIM_STEPS=… npx vitest run src/test/sim/sync.sim.test.ts → replays one failing run
 *   SIM_SHRINK=0         → report the first failure without shrinking it
 */
const runs = Number(process.env.SIM_RUNS ?? 200);
const maxSteps = Number(process.env.SIM_STEPS ?? 10);
const seed = process.env.SIM_SEED === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(process.env.SIM_SEED);
const path = process.env.SIM_PATH;

describe('sync simulator', () => {
  it(`converges with nothing lost or applied twice (${runs} seeded runs)`, async () => {
    const started = performance.now();
    const details = await fc.check(
      fc.asyncProperty(scenarioArb(maxSteps), async (scenario) => {
        await runScenario(scenario);
      }),
      { seed, numRuns: path === undefined ? runs : 1, ...(path === undefined ? {} : { path }), endOnFailure: process.env.SIM_SHRINK === '0' },
    );
    console.log(`sync simulator: ${details.numRuns} runs, seed ${seed}, ${Math.round(performance.now() - started)} ms`, simStats);
    if (!details.failed) return;
    const replay = `SIM_SEED=${details.seed} SIM_PATH=${details.counterexamplePath ?? ''} SIM_STEPS=${maxSteps} npx vitest run src/test/sim/sync.sim.test.ts`;
    const error = details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance);
    throw new Error(
      `A simulated run failed. Replay it exactly with:\n\n  ${replay}\n\nScenario:\n${JSON.stringify(details.counterexample, null, 1)}\n\n${error}`,
    );
  }, 600_000);
});
