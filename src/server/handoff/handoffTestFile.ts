import type { FastifyInstance } from 'fastify';
import { createHandoffFile, serverKeySealer, type HandoffKeyResponse } from '../../shared/handoff';
import type { TestDevice } from '../testing/testDevice';

/** For tests: a file only the server can read, holding one new session of `device`'s signed-in person. */
export async function serverHandoffFile(app: FastifyInstance, device: TestDevice): Promise<string> {
  const key = (await app.inject({ method: 'GET', url: '/api/sync/v1/handoff-key' })).json<HandoffKeyResponse>();
  const session = device.session();
  const plaintext = { mutations: [device.create(session)], sessions: [{ session, version: 0 }] };
  return createHandoffFile(plaintext, { sourceDeviceId: device.id, centreId: device.centre.id, createdAt: new Date() }, await serverKeySealer(key.publicKey));
}
