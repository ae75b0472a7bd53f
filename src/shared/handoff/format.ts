import { z } from 'zod';
import { UUID_PATTERN } from '../ids';
import { sessionSchema } from '../schemas/session';
import { mutationSchema } from '../sync/protocol';

/*
 * A hand-off file (issue 6): the pending outbox of a tablet that will not see a connection for weeks or is
 * being handed back, encrypted for another enrolled tablet (passphrase) or for the server only (the
 * network's public key). A versioned JSON envelope; the header is authenticated (AES-GCM additional data),
 * so a changed centre or device id fails to open like a changed ciphertext.
 */

export const HANDOFF_FORMAT = 'ura-handoff';
export const HANDOFF_VERSION = 1;
/** The largest file accepted, as text: about 2,000 busy days of sessions. */
export const MAX_HANDOFF_BYTES = 8 * 1024 * 1024;
export const MAX_HANDOFF_MUTATIONS = 10_000;
export const PBKDF2_MIN_ITERATIONS = 310_000;
/** What new files use; OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;
/** A file's name: ura-handoff-<centre>-<date>.ura.json */
export const HANDOFF_FILE_SUFFIX = '.ura.json';

const uuid = z.string().regex(UUID_PATTERN);
const base64 = (max: number) => z.string().max(max).regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, { error: 'invalid_base64' });
/** Base64 of exactly `n` bytes. */
const bytes = (n: number) => base64(4 * Math.ceil(n / 3)).length(4 * Math.ceil(n / 3));

export const passphraseEncryptionSchema = z.strictObject({
  scheme: z.literal('pbkdf2-sha256-aes-256-gcm'),
  // Capped: the count comes from the file, and the server derives the key with it.
  iterations: z.int().min(PBKDF2_MIN_ITERATIONS).max(2_000_000),
  salt: bytes(16),
  iv: bytes(12),
  /** SHA-256 of the second half of the derived bits: tells a wrong passphrase from a damaged file. */
  check: bytes(32),
});

export const serverKeyEncryptionSchema = z.strictObject({
  scheme: z.literal('ecdh-p256-hkdf-sha256-aes-256-gcm'),
  /** Which network key the file was made for (keyIdOf). */
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  /** The sender's one-time P-256 public key, raw uncompressed point. */
  ephemeralPublicKey: bytes(65),
  salt: bytes(16),
  iv: bytes(12),
});

export const encryptionSchema = z.discriminatedUnion('scheme', [passphraseEncryptionSchema, serverKeyEncryptionSchema]);
export type HandoffEncryption = z.infer<typeof encryptionSchema>;
export type HandoffScheme = HandoffEncryption['scheme'];

export const handoffEnvelopeSchema = z.strictObject({
  format: z.literal(HANDOFF_FORMAT),
  version: z.literal(HANDOFF_VERSION),
  createdAt: z.iso.datetime(),
  sourceDeviceId: uuid,
  centreId: uuid,
  count: z.int().min(1).max(MAX_HANDOFF_MUTATIONS),
  encryption: encryptionSchema,
  ciphertext: base64(MAX_HANDOFF_BYTES),
});
export type HandoffEnvelope = z.infer<typeof handoffEnvelopeSchema>;
export type HandoffHeader = Omit<HandoffEnvelope, 'ciphertext'>;

/** A session as the source tablet held it: enough to show it, and its server version (0: never synced). */
export const handoffSessionSchema = z.strictObject({
  session: sessionSchema,
  version: z.int().min(0),
  deletedAt: z.string().max(40).optional(),
});
export type HandoffSession = z.infer<typeof handoffSessionSchema>;

/** The outbox exactly as push would send it: same mutationIds, payloads, actorIds and base versions. */
export const handoffPlaintextSchema = z.strictObject({
  mutations: z.array(mutationSchema).min(1).max(MAX_HANDOFF_MUTATIONS),
  sessions: z.array(handoffSessionSchema).max(MAX_HANDOFF_MUTATIONS),
});
export type HandoffPlaintext = z.infer<typeof handoffPlaintextSchema>;

/** The header bytes bound to the ciphertext as additional authenticated data. */
export function headerAad(header: HandoffHeader): Uint8Array {
  const { format, version, createdAt, sourceDeviceId, centreId, count, encryption } = header;
  const params = Object.entries(encryption).sort(([a], [b]) => (a < b ? -1 : 1));
  return new TextEncoder().encode(JSON.stringify([format, version, createdAt, sourceDeviceId, centreId, count, params]));
}

/** ura-handoff-<centre>-<YYYY-MM-DD>.ura.json, the centre name reduced to safe characters. */
export function handoffFileName(centreName: string, date: Date): string {
  const slug = centreName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40) || 'centre';
  return `${HANDOFF_FORMAT}-${slug}-${date.toISOString().slice(0, 10)}${HANDOFF_FILE_SUFFIX}`;
}
