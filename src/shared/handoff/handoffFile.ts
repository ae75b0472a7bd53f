import { fromBase64, toBase64 } from './bytes';
import { openSealed, type HandoffSecret, type Sealer } from './crypto';
import { HandoffError } from './errors';
import {
  HANDOFF_FORMAT,
  HANDOFF_VERSION,
  MAX_HANDOFF_BYTES,
  handoffEnvelopeSchema,
  handoffPlaintextSchema,
  headerAad,
  type HandoffEnvelope,
  type HandoffHeader,
  type HandoffPlaintext,
} from './format';

export type HandoffSource = { sourceDeviceId: string; centreId: string; createdAt: Date };

/** Makes the file's text: the envelope with the plaintext sealed under the header. */
export async function createHandoffFile(plaintext: HandoffPlaintext, source: HandoffSource, sealer: Sealer): Promise<string> {
  const checked = handoffPlaintextSchema.parse(plaintext);
  const header: HandoffHeader = {
    format: HANDOFF_FORMAT,
    version: HANDOFF_VERSION,
    createdAt: source.createdAt.toISOString(),
    sourceDeviceId: source.sourceDeviceId,
    centreId: source.centreId,
    count: checked.mutations.length,
    encryption: sealer.encryption,
  };
  const ciphertext = await sealer.seal(new TextEncoder().encode(JSON.stringify(checked)), headerAad(header));
  const envelope: HandoffEnvelope = { ...header, ciphertext: toBase64(ciphertext) };
  const text = JSON.stringify(envelope, null, 1);
  if (text.length > MAX_HANDOFF_BYTES) throw new HandoffError('HANDOFF_TOO_LARGE', 'Too many pending sessions for one file');
  return text;
}

/** Reads the envelope without decrypting: who made it, for which centre, how many changes. */
export function readHandoffEnvelope(input: unknown): HandoffEnvelope {
  if (typeof input === 'string' && input.length > MAX_HANDOFF_BYTES) {
    throw new HandoffError('HANDOFF_TOO_LARGE', `A hand-off file is at most ${MAX_HANDOFF_BYTES} bytes`);
  }
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      throw new HandoffError('HANDOFF_MALFORMED', 'This is not a hand-off file (not JSON)');
    }
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== HANDOFF_FORMAT) {
    throw new HandoffError('HANDOFF_MALFORMED', 'This is not a hand-off file');
  }
  if (head.version !== HANDOFF_VERSION) {
    throw new HandoffError('HANDOFF_UNSUPPORTED', `This hand-off file has version ${String(head.version)}; this app reads version ${HANDOFF_VERSION}`);
  }
  const parsed = handoffEnvelopeSchema.safeParse(raw);
  if (!parsed.success) throw new HandoffError('HANDOFF_MALFORMED', 'The hand-off file is incomplete or damaged');
  return parsed.data;
}

/** Decrypts and validates; the plaintext must match the header's count. */
export async function openHandoffFile(input: unknown, secret: HandoffSecret): Promise<{ envelope: HandoffEnvelope; plaintext: HandoffPlaintext }> {
  const envelope = readHandoffEnvelope(input);
  const { ciphertext, ...header } = envelope;
  const bytes = await openSealed(header.encryption, fromBase64(ciphertext), headerAad(header), secret);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new HandoffError('HANDOFF_MALFORMED', 'The hand-off file holds no readable data');
  }
  const parsed = handoffPlaintextSchema.safeParse(json);
  if (!parsed.success || parsed.data.mutations.length !== header.count) {
    throw new HandoffError('HANDOFF_MALFORMED', 'The hand-off file holds data this app does not understand');
  }
  return { envelope, plaintext: parsed.data };
}
