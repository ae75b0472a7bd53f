// Bundled on the fly by browser.mjs bundleTabletPage() (bench:offline, bench:sync) and evaluated in the
// app's page: the app's own write path (page/appWrites.js), the enrolment and the signed-in person that
// each change carries, and the demo network's session generator (realistic sessions of a busy centre).
export * from './page/appWrites.js';
export { getEnrolment } from '../../src/app/db/device.ts';
export { setCurrentActor } from '../../src/app/db/peopleActor.ts';
export { demoNetwork, generateSessions } from '../../src/shared/demo/index.ts';
