// The verbose part of the report: the chunks, where save time goes, each cold start, the storage numbers.

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (x) => `p50 ${x.p50} ms, p95 ${x.p95} ms, max ${x.max} ms`;

function initialJsDetails(initialJs) {
  console.log('\nInitial-route JavaScript (KB = 1024 bytes; gzip -9 of each response body):');
  for (const c of initialJs.chunks)
    console.log(
      `  ${kb(c.gzipBytes).padStart(9)} gz  ${kb(c.bytes).padStart(9)} raw  ${c.file}${c.part ? `  (${c.part})` : ''}`,
    );
  const sizes = (t) => `${kb(t.gzipBytes).padStart(9)} gz  ${kb(t.bytes).padStart(9)} raw`;
  const idle = initialJs.chunks.filter((c) => c.part === 'loaded when idle').length;
  console.log(`  ${sizes(initialJs)}  total of ${initialJs.chunks.length - idle} files (${initialJs.path})`);
  if (initialJs.toPinPrompt) console.log(`  ${sizes(initialJs.toPinPrompt)}  of which up to the PIN prompt`);
  if (initialJs.afterUnlock) console.log(`  ${sizes(initialJs.afterUnlock)}  of which after the unlock (Today)`);
  if (initialJs.loadedWhenIdle)
    console.log(`  ${sizes(initialJs.loadedWhenIdle)}  not counted: loaded when idle, after the PIN prompt showed`);
}

function saveDetails(save) {
  console.log(
    `\nSave latency (${save.toSaved.n} saves in ${save.wallSeconds} s; save transactions' durability: ${save.durability}):`,
  );
  console.log(`  tap → "Saved" in the DOM            ${ms(save.toSaved)}`);
  console.log(`  tap → next frame after "Saved"      ${ms(save.toPainted)}`);
  console.log(`  input event → "Saved"               ${ms(save.fromInputToSaved)}`);
  console.log('  where it goes:');
  console.log(`    tap → transaction created (React, validation)    ${ms(save.breakdown.beforeTx)}`);
  console.log(`    transaction created → committed (writes, flush)  ${ms(save.breakdown.inTx)}`);
  console.log(`    committed → "Saved" in the DOM (React)           ${ms(save.breakdown.afterTx)}`);
  console.log('  one tiny readwrite transaction in a scratch database, same page, same throttling (no app code):');
  console.log(`    'strict', started by a tap     ${ms(save.commitCost.tapStrict)}  (the floor under a save here)`);
  console.log(`    'strict', started as the last completed    ${ms(save.commitCost.strict)}`);
  console.log(`    'relaxed', started as the last completed   ${ms(save.commitCost.relaxed)}`);
}

function coldStartDetails(coldStart) {
  console.log(`\nCold start offline, signed-in tablet (ms from navigation start; ends at the ${coldStart.endsAt}):`);
  coldStart.runs.forEach((r, i) => {
    const how = `${r.fromServiceWorker ? 'document from the service worker' : 'document NOT from the service worker'}${r.workerStopped ? ', worker stopped before' : ''}`;
    console.log(
      `  run ${i + 1}: PIN prompt ready ${r.pinReadyMs} (painted ${r.pinPaintedMs}); first screen ${r.shellMs}, DOMContentLoaded ${r.domContentLoadedMs}, document ${r.responseEndMs}; ${how}`,
    );
    console.log(
      `         tap Unlock → form ready ${r.unlockMs} (painted ${r.unlockPaintedMs}); PBKDF2 alone ${r.pbkdf2Ms ?? '?'}`,
    );
  });
  const u = coldStart.unlock;
  console.log(
    `  PIN unlock median: ${u.medianMs} ms to the form (${u.medianFromInputMs} from the input event, ${u.medianPaintedMs} to the next frame); PBKDF2 (${u.pbkdf2Iterations} iterations) alone ${u.pbkdf2MedianMs} ms`,
  );
}

function storageDetails(storage) {
  console.log(`\nStorage (${storage.count} sessions through ${storage.method}):`);
  console.log(`  navigator.storage.estimate().usage delta  ${kb(storage.usageDeltaBytes)}`);
  const idb = storage.indexedDbDeltaBytes === null ? 'not reported' : kb(storage.indexedDbDeltaBytes);
  console.log(`  usageDetails.indexedDB delta              ${idb}`);
  const disk = storage.diskDeltaBytes;
  if (disk) {
    console.log(`  on disk: LevelDB tables (.ldb)            ${kb(disk.tables)}`);
    console.log(`           write-ahead log (.log)           ${kb(disk.log)}  (not yet compacted)`);
  }
  console.log(`  the same records as JSON                  ${kb(storage.jsonBytes)}  (session + outbox payload)`);
  console.log(`  time per createSession(), no throttling   ${storage.insertMsPerSession} ms`);
}

export function printDetails({ initialJs, save, coldStart, storage }) {
  if (initialJs) initialJsDetails(initialJs);
  if (save) saveDetails(save);
  if (coldStart) coldStartDetails(coldStart);
  if (storage) storageDetails(storage);
}
