import { hash } from 'node:crypto';
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
  // One-shot hash(): the same UTF-8 bytes and hex digest as createHash().update().digest(), at half the cost.
  return hash('sha256', canonicalJson(content), 'hex');
}

/**
 * JSON with object keys sorted at every level, so equal values give equal text. The ledger keeps
 * hashes of this text: its output must never change (a retry would stop matching its first hash;
 * requestHash.test.ts pins it against the first implementation). It runs for every pushed mutation,
 * so it avoids needless work: keys are quoted once (quotedKey), an object with one key is not sorted.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      text += canonicalJson(value[i]);
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 1) keys.sort();
  let text = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    if (text.length > 1) text += ',';
    text += quotedKey(key) + canonicalJson(v);
  }
  return `${text}}`;
}

/** Record field names repeat in every mutation: their `"key":` text is kept (a bounded cache, keys are client input). */
const QUOTED_KEYS = new Map<string, string>();
const MAX_QUOTED_KEYS = 4096;

function quotedKey(key: string): string {
  let quoted = QUOTED_KEYS.get(key);
  if (quoted === undefined) {
    quoted = `${JSON.stringify(key)}:`;
    if (QUOTED_KEYS.size < MAX_QUOTED_KEYS) QUOTED_KEYS.set(key, quoted);
  }
  return quoted;
}
