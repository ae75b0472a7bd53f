import type { Selectable } from 'kysely';
import type { MutationResult } from '../../shared/sync/protocol';
import { fromJson, toJson } from './dialect';
import type { Database } from './schema';
import type { FieldVersions, HistoryEntry, LedgerEntry, SessionRow } from './types';

/** Mapping between table rows (snake_case, JSON as text/jsonb) and the store's types. */

type SessionTable = Database['sessions'];

export function sessionFromRow(r: Selectable<SessionTable>): SessionRow {
  return {
    id: r.id,
    centreId: r.centre_id,
    data: fromJson<Record<string, unknown>>(r.data),
    fieldVersions: fromJson<FieldVersions>(r.field_versions),
    version: r.version,
    changeSeq: r.change_seq,
    authorDeviceId: r.author_device_id,
    updatedByDeviceId: r.updated_by_device_id,
    receivedAt: r.received_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    deletedBy: r.deleted_by,
    needsReview: Number(r.needs_review) === 1,
  };
}

export function sessionToRow(s: SessionRow, scope: string): SessionTable {
  return {
    id: s.id,
    centre_id: s.centreId,
    scope,
    data: toJson(s.data),
    field_versions: toJson(s.fieldVersions),
    version: s.version,
    change_seq: s.changeSeq,
    author_device_id: s.authorDeviceId,
    updated_by_device_id: s.updatedByDeviceId,
    received_at: s.receivedAt,
    updated_at: s.updatedAt,
    deleted_at: s.deletedAt,
    deleted_by: s.deletedBy,
    needs_review: s.needsReview ? 1 : 0,
  };
}

export function historyToRow(h: HistoryEntry): Omit<Database['session_history'], 'id'> {
  return {
    session_id: h.sessionId,
    field: h.field,
    old_value: toJson(h.oldValue),
    old_version: h.oldVersion,
    old_by_device_id: h.oldByDeviceId,
    new_version: h.newVersion,
    new_by_device_id: h.newByDeviceId,
    mutation_id: h.mutationId,
    recorded_at: h.recordedAt,
  };
}

export function historyFromRow(r: Selectable<Database['session_history']>): HistoryEntry {
  return {
    sessionId: r.session_id,
    field: r.field,
    oldValue: fromJson(r.old_value),
    oldVersion: r.old_version,
    oldByDeviceId: r.old_by_device_id,
    newVersion: r.new_version,
    newByDeviceId: r.new_by_device_id,
    mutationId: r.mutation_id,
    recordedAt: r.recorded_at,
  };
}

export function ledgerFromRow(r: Selectable<Database['applied_mutations']>): LedgerEntry {
  return {
    mutationId: r.mutation_id,
    deviceId: r.device_id,
    batchId: r.batch_id,
    requestHash: r.request_hash,
    result: fromJson<MutationResult>(r.result),
    appliedAt: r.applied_at,
  };
}

export function ledgerToRow(e: LedgerEntry): Database['applied_mutations'] {
  return {
    mutation_id: e.mutationId,
    device_id: e.deviceId,
    batch_id: e.batchId,
    request_hash: e.requestHash,
    result: toJson(e.result),
    applied_at: e.appliedAt,
  };
}
