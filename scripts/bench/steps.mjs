// What every benchmark run needs around its measurements: a prefixed log, clean-ups that also run on
// Ctrl-C, and named steps whose failure is recorded (and reported) instead of ending the run.
export function benchRun(name) {
  const log = (m) => console.error(`[${name}] ${m}`);
  const cleanups = [];
  async function cleanUp() {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch((e) => log(`clean-up failed: ${e.message}`));
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void cleanUp().finally(() => process.exit(130)));

  const errors = [];
  async function step(stepName, fn) {
    log(`${stepName}…`);
    try {
      return await fn();
    } catch (error) {
      errors.push({ step: stepName, message: error.message });
      console.error(`[${name}] ${stepName} failed:`, error);
      return null;
    }
  }
  return { log, cleanups, cleanUp, errors, step };
}
