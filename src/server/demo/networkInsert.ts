import type { DemoNetwork } from '../../shared/demo';
import { hashToken, newToken } from '../auth/tokens';
import type { Store } from '../store/types';

/** A stored hash no password matches (verifyPassword refuses malformed hashes): demo people nobody signs in as. */
export const NO_PASSWORD = '!no-password';

/**
 * Inserts a demo network through the store's own admin paths (centres bump `ref:centres`), so the demo
 * database looks like one an admin built. Devices get a random token nobody keeps: real tablets enrol
 * with a code from the console and then pull their centre's sessions.
 */
export async function insertDemoNetwork(store: Store, network: DemoNetwork, at: string): Promise<void> {
  for (const org of network.organisations)
    await store.admin.addOrganisation({ id: org.id, name: org.name, createdAt: at });
  for (const { centre } of network.centres) await store.admin.saveCentre(centre, at);
  for (const user of network.users) {
    await store.users.create({ ...user, passwordHash: NO_PASSWORD, createdAt: at });
  }
  for (const device of network.devices) {
    await store.addDevice({ ...device, enrolledAt: at, enrolment: 'code', tokenHash: hashToken(newToken()) });
  }
}
