// Bundled on the fly (see ../metrics/storage.mjs) and evaluated in the app's page: the app's own write path.
import './jitless.js';

export { awaitDataKey } from './dataKey.js';
export { getDb } from '../../../src/app/db/AppDb.ts';
export { createSession } from '../../../src/app/db/sessions.ts';
export { getDeviceProfile } from '../../../src/app/db/device.ts';
export { uuidv7 } from '../../../src/shared/ids.ts';
export { toLocalIsoWithOffset } from '../../../src/shared/localDateTime.ts';
