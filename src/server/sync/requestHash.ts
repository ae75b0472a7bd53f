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

/**
 * JSON with object keys sorted at every level, so equal values give equal text. The ledger keeps
 * hashes of this text: its output must never change (a retry would stop matching its first hash).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${text}]`;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let text = '{';
    for (const key of Object.keys(record).sort()) {
      const v = record[key];
      if (v === undefined) continue;
      text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(v)}`;
    }
    return `${text}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
