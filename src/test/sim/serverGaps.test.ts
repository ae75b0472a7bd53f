import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestDevice } from '../../server/testing/testDevice';
import { SimServer } from './simServer';

/*
 * What the device engine needs from the server and does not get yet (see the sync report). Each is
 * `it.fails`: it passes while the gap is there and fails once the server closes it — then flip it.
 */
let server: SimServer;
beforeEach(async () => {
  server = await SimServer.start(() => new Date('2026-03-10T10:00:00Z'));
});
afterEach(async () => {
  await server.close();
});

describe('server gaps the sync engine works around', () => {
  it.fails('answers `duplicate` to a retry of an applied mutation after the tablet had to enrol again (401)', async () => {
    const before = await TestDevice.enrol(server.app);
    const m = before.create(before.session());
    await before.push(m); // applied; say the answer was lost, then the token stopped working
    const after = await before.sibling(); // the same tablet, enrolled again: a new device id
    const [result] = await after.push({ ...m, deviceSeq: 1 });
    // Today: rejected MUTATION_ID_REUSED, so the tablet dead-letters a change the server did apply.
    expect(result?.status).toBe('duplicate');
  });

  it.fails('tells a refused edit what the server holds, so the tablet can revert without re-pulling the centre', async () => {
    const device = await TestDevice.enrol(server.app);
    const s = device.session();
    await device.push(device.create(s));
    const [result] = await device.push(device.update(s.id, 1, { centreId: '0190f000-0000-7000-8000-00000000dead' }));
    expect(result).toMatchObject({ status: 'rejected', current: { version: 1 } });
  });
});
