import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  MAX_BATCH_MUTATIONS,
  SERVER_EPOCH_HEADER,
  SYNC_PROTOCOL_HEADER,
  pullRequestSchema,
  type PullResponse,
  type PushResponse,
} from '../../shared/sync/protocol';
import { assertSameDevice } from '../auth/deviceAuth';
import { deviceOf } from '../auth/guard';
import { HttpError } from '../http/httpError';
import { SYNC_COMPRESSION } from '../http/security';
import { serverPushSchema } from '../sync/pushSchema';
import { assertPayloadVersions, assertProtocol } from '../sync/versionCheck';
import { parseBody, stamp, type RouteDeps } from './deps';

/** Push and pull of DESIGN.md §5. The rules live in sync/ and the store; this file is the HTTP contract. */
export function syncRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;

  const deviceAuth = { config: { auth: 'device' as const }, compress: SYNC_COMPRESSION };

  app.post('/sync/v1/push', deviceAuth, async (request): Promise<PushResponse> => {
    const device = deviceOf(request);
    assertProtocol(request.headers[SYNC_PROTOCOL_HEADER]);
    assertEpoch(request, store.serverEpoch());
    assertBatchSize(request.body);
    // Each mutation's record is validated once, by the push rules (sync/pushSchema.ts).
    const body = parseBody(serverPushSchema, request.body);
    assertSameDevice(device, body.deviceId);
    assertPayloadVersions(body.mutations);
    // Devices enrolled with a code (and all devices once open registration is off) speak for a person.
    const requireActor = device.enrolment === 'code' || !deps.config.openDeviceRegistration;
    const results = await store.push(device, body, deps.now(), { requireActor, ip: request.ip, markSeen: true });
    return { results, ...stamp(deps) };
  });

  // Pull answers a changed epoch with `resync: true` (from the body), never 409: that is how a device learns it.
  // The page's records are stored JSON, spliced into the answer as text (store/pullChanges.ts): a PullResponse.
  app.post('/sync/v1/pull', deviceAuth, async (request, reply): Promise<string> => {
    const device = deviceOf(request);
    assertProtocol(request.headers[SYNC_PROTOCOL_HEADER]);
    const body = parseBody(pullRequestSchema, request.body);
    assertSameDevice(device, body.deviceId);
    const { changesJson, ...page } = await store.pullJson(device, body);
    await store.admin.touchDevice(device.id, deps.now().toISOString());
    const rest: Omit<PullResponse, 'changes'> = { ...page, ...stamp(deps) };
    void reply.type('application/json; charset=utf-8');
    return `{"changes":${changesJson},${JSON.stringify(rest).slice(1)}`;
  });
}

/** A device that pushes against a restored server must first resync (DESIGN.md §5 "Epoch"). */
function assertEpoch(request: FastifyRequest, serverEpoch: string): void {
  const sent = request.headers[SERVER_EPOCH_HEADER];
  if (sent !== undefined && sent !== serverEpoch) {
    throw new HttpError(409, 'EPOCH_CHANGED', 'The server was restored from a backup; pull again from the start', { serverEpoch });
  }
}

/** Too many mutations is "too large" like too many bytes: the client halves the batch on 413. */
function assertBatchSize(body: unknown): void {
  const mutations = (body as { mutations?: unknown } | null | undefined)?.mutations;
  if (Array.isArray(mutations) && mutations.length > MAX_BATCH_MUTATIONS) {
    throw new HttpError(413, 'BATCH_TOO_LARGE', `A batch holds at most ${MAX_BATCH_MUTATIONS} mutations; send a smaller one`);
  }
}
