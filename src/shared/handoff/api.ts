import { z } from 'zod';
import { MAX_HANDOFF_BYTES } from './format';

/** GET /api/sync/v1/handoff-key: the network's public key, for files only the server can read. */
export type HandoffKeyResponse = { scheme: 'ecdh-p256-hkdf-sha256-aes-256-gcm'; publicKey: string; keyId: string; serverTime: string; serverEpoch: string };

/** POST /api/admin/handoff/import: the file (its JSON, or its text) and, for a passphrase file, the passphrase. */
export const handoffImportRequestSchema = z.strictObject({
  file: z.union([z.string().max(MAX_HANDOFF_BYTES), z.record(z.string(), z.unknown())]),
  passphrase: z.string().min(1).max(1024).optional(),
});
export type HandoffImportRequest = z.infer<typeof handoffImportRequestSchema>;

export type HandoffImportResponse = {
  sourceDeviceId: string;
  centreId: string;
  count: number;
  added: number;
  duplicate: number;
  rejected: { mutationId: string; code: string; message: string }[];
  deviceRevoked: boolean;
};
