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
    organisation_id: string | null;
  };
  e_services: { code: string; data: unknown; version: number; change_seq: number; updated_at: string };
  devices: {
    id: string;
    centre_id: string;
    label: string;
    token_hash: string;
    enrolled_at: string;
    revoked_at: string | null;
    /** 'open': registered through the legacy open route; 'code': enrolled with a coordinator's code. */
    enrolment: Generated<'open' | 'code'>;
    enrolled_by: string | null;
    revoked_by: string | null;
    last_seen_at: string | null;
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
  organisations: { id: string; name: string; created_at: string };
  users: {
    id: string;
    display_name: string;
    login: string;
    /** `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` (auth/passwords.ts). */
    password_hash: string;
    role: 'volunteer' | 'coordinator' | 'admin';
    disabled_at: string | null;
    pin_reset_at: string | null;
    created_at: string;
  };
  user_centres: { user_id: string; centre_id: string };
  user_sessions: {
    id: string;
    user_id: string;
    device_id: string | null;
    access_hash: string;
    access_expires_at: string;
    refresh_hash: string;
    refresh_expires_at: string;
    created_at: string;
    revoked_at: string | null;
    last_used_at: string | null;
  };
  spent_refresh_tokens: { token_hash: string; session_id: string; spent_at: string };
  device_users: { device_id: string; user_id: string; last_online_sign_in_at: string };
  invites: CodeTable;
  enrolment_codes: CodeTable;
  setup_codes: CodeTable;
  auth_failures: { id: Generated<number>; key: string; at: string };
  audit_log: {
    id: Generated<number>;
    at: string;
    action: string;
    actor_id: string | null;
    device_id: string | null;
    target_type: string | null;
    target_id: string | null;
    ip: string | null;
    details: unknown;
  };
};

/** One-time codes (invites, device enrolment, first setup): only the SHA-256 of the code is kept. */
export type CodeTable = {
  id: string;
  code_hash: string;
  expires_at: string;
  used_at: string | null;
  created_by: string | null;
  created_at: string;
  payload: unknown;
};
export type CodeTableName = 'invites' | 'enrolment_codes' | 'setup_codes';

export type TableName = keyof Database;

/** Every table, for row counts (diagnostics, and tests proving a refused request changed nothing). */
export const ALL_TABLES: readonly TableName[] = [
  'server_meta',
  'scope_seqs',
  'centres',
  'e_services',
  'devices',
  'sessions',
  'session_history',
  'applied_mutations',
  'organisations',
  'users',
  'user_centres',
  'user_sessions',
  'spent_refresh_tokens',
  'device_users',
  'invites',
  'enrolment_codes',
  'setup_codes',
  'auth_failures',
  'audit_log',
];
