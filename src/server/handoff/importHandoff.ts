import { HandoffError, MAX_HANDOFF_BYTES, openHandoffFile, readHandoffEnvelope, type HandoffEnvelope, type NetworkKey } from '../../shared/handoff';
import { uuidv7 } from '../../shared/ids';
import { SESSION_SCHEMA_VERSION } from '../../shared/schemas/session';
import { MAX_BATCH_MUTATIONS, type Mutation, type MutationResult } from '../../shared/sync/protocol';
import { managesCentre, requireRole, type Who } from '../auth/scope';
import { HttpError } from '../http/httpError';
import type { RouteDeps } from '../routes/deps';
import type { DeviceAdminRecord } from '../store/authTypes';
import { networkKey } from './networkKey';

export type HandoffImportRequest = { file: unknown; passphrase?: string | undefined };

export type HandoffImportSummary = {
  sourceDeviceId: string;
  centreId: string;
  scheme: HandoffEnvelope['encryption']['scheme'];
  count: number;
  /** Applied or merged now. */
  added: number;
  /** Already in the ledger: an earlier import or the tablet's own push. */
  duplicate: number;
  rejected: { mutationId: string; code: string; message: string }[];
  /** The tablet that made the file is revoked: its work is accepted, and a coordinator should look at it. */
  deviceRevoked: boolean;
};

function fileError(error: unknown): never {
  if (error instanceof HandoffError) throw new HttpError(error.code === 'HANDOFF_TOO_LARGE' ? 413 : 400, error.code, error.message);
  throw error;
}

/**
 * Imports a hand-off file (issue 6) through the push path: the file's mutations are pushed as the tablet
 * that made them (store.push → sync/applyPush.ts), so the ledger answers a second import, or the tablet's
 * own later push, with `duplicate`; the actor rules apply as for the tablet itself, and a person disabled
 * meanwhile gets their work in with needsReview. Admins, or coordinators of the file's centre.
 */
export async function importHandoff(deps: RouteDeps, who: Who, body: HandoffImportRequest, ip: string): Promise<HandoffImportSummary> {
  requireRole(who, 'admin', 'coordinator');
  const envelope = readOrFail(body.file);
  // The header is bound to the ciphertext: a centre id changed to pass this check fails to decrypt.
  if (!managesCentre(who, envelope.centreId)) throw new HttpError(403, 'FORBIDDEN', 'This file belongs to a centre you do not coordinate');
  const device = await deps.store.admin.getDevice(envelope.sourceDeviceId);
  if (!device || device.centreId !== envelope.centreId) {
    throw new HttpError(409, 'HANDOFF_UNKNOWN_DEVICE', 'The tablet that made this file is not enrolled with this server; import it on another tablet of the centre');
  }
  const { plaintext } = await openHandoffFile(envelope, { passphrase: body.passphrase, networkKey: await networkKeyOf(deps, envelope) }).catch(fileError);
  const tooNew = plaintext.mutations.find((m) => m.payloadVersion > SESSION_SCHEMA_VERSION);
  if (tooNew) throw new HttpError(400, 'HANDOFF_UNSUPPORTED', 'The file was made by a newer app than this server; update the server first');
  const results = await pushAll(deps, device, plaintext.mutations, ip);
  return summarise(envelope, device, results);
}

function readOrFail(file: unknown): HandoffEnvelope {
  if (typeof file === 'string' && file.length > MAX_HANDOFF_BYTES) fileError(new HandoffError('HANDOFF_TOO_LARGE', 'The file is too large'));
  try {
    return readHandoffEnvelope(file);
  } catch (error) {
    return fileError(error);
  }
}

async function networkKeyOf(deps: RouteDeps, envelope: HandoffEnvelope): Promise<NetworkKey | undefined> {
  return envelope.encryption.scheme === 'ecdh-p256-hkdf-sha256-aes-256-gcm' ? networkKey(deps.config) : undefined;
}

/** In device order, in push-sized batches; each batch is one transaction of the push path. */
async function pushAll(deps: RouteDeps, device: DeviceAdminRecord, mutations: Mutation[], ip: string): Promise<MutationResult[]> {
  const ordered = [...mutations].sort((a, b) => a.deviceSeq - b.deviceSeq);
  const requireActor = device.enrolment === 'code' || !deps.config.openDeviceRegistration;
  const results: MutationResult[] = [];
  for (let i = 0; i < ordered.length; i += MAX_BATCH_MUTATIONS) {
    const batch = { deviceId: device.id, batchId: uuidv7(), mutations: ordered.slice(i, i + MAX_BATCH_MUTATIONS) };
    results.push(...(await deps.store.push(device, batch, deps.now(), { requireActor, ip })));
  }
  return results;
}

function summarise(envelope: HandoffEnvelope, device: DeviceAdminRecord, results: MutationResult[]): HandoffImportSummary {
  const summary: HandoffImportSummary = {
    sourceDeviceId: envelope.sourceDeviceId,
    centreId: envelope.centreId,
    scheme: envelope.encryption.scheme,
    count: envelope.count,
    added: 0,
    duplicate: 0,
    rejected: [],
    deviceRevoked: device.revokedAt !== null,
  };
  for (const r of results) {
    if (r.status === 'applied' || r.status === 'merged') summary.added++;
    else if (r.status === 'duplicate') summary.duplicate++;
    else summary.rejected.push({ mutationId: r.mutationId, code: r.code, message: r.message });
  }
  return summary;
}
