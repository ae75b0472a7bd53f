import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Timestamps are ISO-8601 UTC strings on both dialects; JSON columns
 * are text on SQLite and jsonb on PostgreSQL (read them through dialect.ts). The session's `groups`
 * (special-category data) lives only inside `sessions.data`: never a column, never an index.
 */
export type Database = {
  server_meta: { key: string; value: string };
  scope_seqs: { scope: string; last_seq: number };
  centres: {
    id: string;
    data: unknown;
    version: number;
    change_seq: number;
    created_at: string;
    updated_at: string;
    deleted_at: string | null;
  };
  e_services: { code: string; data: unknown; version: number; change_seq: number; updated_at: string };
  devices: {
    id: string;
    centre_id: string;
    label: string;
    token_hash: string;
    enrolled_at: string;
    revoked_at: string | null;
  };
  sessions: {
    id: string;
    centre_id: string;
    scope: string;
    data: unknown;
    /** `{ field: { v, by } }`: the version and device of each field's last change, for conflict checks. */
    field_versions: unknown;
    version: number;
    change_seq: number;
    author_device_id: string;
    updated_by_device_id: string;
    received_at: string;
    updated_at: string;
    deleted_at: string | null;
    deleted_by: string | null;
    needs_review: number;
  };
  session_history: {
    id: Generated<number>;
    session_id: string;
    field: string;
    old_value: unknown;
    old_version: number;
    old_by_device_id: string;
    new_version: number;
    new_by_device_id: string;
    mutation_id: string;
    recorded_at: string;
  };
  applied_mutations: {
    mutation_id: string;
    device_id: string;
    batch_id: string;
    request_hash: string;
    result: unknown;
    applied_at: string;
  };
};

export type TableName = keyof Database;
