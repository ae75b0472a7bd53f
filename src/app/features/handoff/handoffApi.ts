import type { HandoffKeyResponse } from '../../../shared/handoff/api';
import { requestJson } from '../../api/http';

/** The network's public key (public route: a revoked or long-offline tablet may still use it). */
export function fetchHandoffKey(): Promise<HandoffKeyResponse> {
  return requestJson<HandoffKeyResponse>('GET', '/api/sync/v1/handoff-key');
}
