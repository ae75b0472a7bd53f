import { createHash } from 'node:crypto';
import type { Mutation } from '../../shared/sync/protocol';

/**
 * A fingerprint of what a mutation asks for, so a retry (same content) is told apart from a
 * mutationId reused for something else. deviceSeq is left out: it orders, it does not change meaning.
 */
export function mutationHash(m: Mutation): string {
  const content = {
    type: m.type,
    recordId: m.recordId,
    payloadVersion: m.payloadVersion,
    baseVersion: m.baseVersion ?? null,
    data: m.data ?? null,
    patch: m.patch ?? null,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
