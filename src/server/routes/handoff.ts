import type { FastifyInstance } from 'fastify';
import { MAX_HANDOFF_BYTES, handoffImportRequestSchema, type HandoffImportResponse, type HandoffKeyResponse } from '../../shared/handoff';
import { audit } from '../auth/audit';
import { principalOf } from '../auth/guard';
import { importHandoff } from '../handoff/importHandoff';
import { networkKey } from '../handoff/networkKey';
import { parseBody, stamp, type RouteDeps } from './deps';

/** Hand-off files (issue 6): the network's public key for tablets, and the import for coordinators and admins. */
export function handoffRoutes(app: FastifyInstance, deps: RouteDeps): void {
  // Public: a public key gives nothing away, and a revoked or offline-enrolled tablet must still be able to use it.
  app.get('/sync/v1/handoff-key', { config: { auth: 'public' } }, async (): Promise<HandoffKeyResponse> => {
    const key = await networkKey(deps.config);
    return { scheme: 'ecdh-p256-hkdf-sha256-aes-256-gcm', publicKey: key.publicKey, keyId: key.keyId, ...stamp(deps) };
  });

  // A file of weeks of sessions is bigger than a push batch; the envelope check enforces MAX_HANDOFF_BYTES.
  const importOptions = { config: { auth: 'user' as const }, bodyLimit: MAX_HANDOFF_BYTES + 64 * 1024 };
  app.post('/admin/handoff/import', importOptions, async (request): Promise<HandoffImportResponse> => {
    const me = principalOf(request);
    const body = parseBody(handoffImportRequestSchema, request.body);
    const summary = await importHandoff(deps, me, body, request.ip);
    const { rejected, scheme, ...counts } = summary;
    await audit(deps, request, 'handoff.imported', {
      targetType: 'device',
      targetId: summary.sourceDeviceId,
      details: { ...counts, scheme, rejected: rejected.length, rejectedCodes: [...new Set(rejected.map((r) => r.code))] },
    });
    const { scheme: _s, ...response } = summary;
    return response;
  });
}
