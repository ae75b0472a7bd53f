import { createHandoffFile, openHandoffFile, readHandoffEnvelope } from '../../../shared/handoff/handoffFile';
import { passphraseSealer, serverKeySealer, type Sealer } from '../../../shared/handoff/crypto';
import { MIN_PASSPHRASE_LENGTH, handoffFileName } from '../../../shared/handoff/format';
import { getDb } from '../../db/AppDb';
import { getCentre, getDeviceProfile } from '../../db/device';
import { readHandoffKey, saveHandoffKey } from '../../db/handoffKey';
import { importHandoffPlaintext, readPendingHandoff, type HandoffImportResult } from '../../db/handoffOutbox';
import { readSyncMeta } from '../../db/syncMeta';
import { fetchHandoffKey } from './handoffApi';
import { downloadText } from './download';
import { HandoffProblem } from './problems';

export type ExportChoice = { mode: 'passphrase'; passphrase: string } | { mode: 'server' };

/** This tablet as the server knows it (its enrolled id and centre), or as set up before it was. */
async function identity(): Promise<{ deviceId: string; centreId: string }> {
  const [meta, profile] = await Promise.all([readSyncMeta(getDb()), getDeviceProfile()]);
  const deviceId = meta.credentials?.deviceId ?? profile?.deviceId;
  const centreId = meta.credentials?.centreId ?? profile?.centreId;
  if (!deviceId || !centreId) throw new HandoffProblem('errors.notSetUp');
  return { deviceId, centreId };
}

/** Fetches the server's key and remembers it for a later export made offline; false when offline. */
export async function refreshServerKey(): Promise<boolean> {
  try {
    const key = await fetchHandoffKey();
    await saveHandoffKey({ publicKey: key.publicKey, keyId: key.keyId, fetchedAt: new Date().toISOString() });
    return true;
  } catch {
    return false;
  }
}

/** The server key: fresh when online, else the one remembered from before. */
async function serverSealer(): Promise<Sealer> {
  await refreshServerKey();
  const cached = await readHandoffKey();
  if (!cached) throw new HandoffProblem('errors.noServerKey');
  return serverKeySealer(cached.publicKey);
}

/** Writes the pending sessions to an encrypted file and downloads it; returns how many changes it holds. */
export async function exportPendingSessions(choice: ExportChoice): Promise<{ count: number; fileName: string }> {
  if (choice.mode === 'passphrase' && choice.passphrase.length < MIN_PASSPHRASE_LENGTH) throw new HandoffProblem('errors.passphraseTooShort');
  const plaintext = await readPendingHandoff();
  if (plaintext.mutations.length === 0) throw new HandoffProblem('errors.nothingPending');
  const { deviceId, centreId } = await identity();
  const sealer = choice.mode === 'passphrase' ? await passphraseSealer(choice.passphrase) : await serverSealer();
  const now = new Date();
  const text = await createHandoffFile(plaintext, { sourceDeviceId: deviceId, centreId, createdAt: now }, sealer);
  const fileName = handoffFileName((await getCentre(centreId))?.name ?? '', now);
  downloadText(text, fileName);
  return { count: plaintext.mutations.length, fileName };
}

/** Opens a file made by another tablet of this centre and queues its changes here (same mutation ids). */
export async function importHandoffFile(text: string, passphrase: string): Promise<HandoffImportResult> {
  const envelope = readHandoffEnvelope(text);
  const { centreId } = await identity();
  if (envelope.centreId !== centreId) throw new HandoffProblem('errors.otherCentre');
  if (envelope.encryption.scheme !== 'pbkdf2-sha256-aes-256-gcm') throw new HandoffProblem('errors.serverOnly');
  const { plaintext } = await openHandoffFile(envelope, { passphrase });
  return importHandoffPlaintext(plaintext);
}
