import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from '../../store/dialect';
import type { ReportScope } from '../types';

/*
 * The SQL the two dialects disagree on: unnesting the session's groups and the fields of its service
 * entries as rows. Groups are only ever unnested here, inside an aggregate: never a column or an index.
 * Session-level fields are generated columns (migration 0003) covered by the report index, so those
 * GROUP BYs read no JSON at all. Names here are constants of this folder, never input.
 */
export type ReportSql = {
  /** A session-level field (alias s), read from its generated column. */
  field(name: SessionField): RawBuilder<string>;
  /** FROM: sessions s with one row per group (alias g, value g.value). */
  withGroups: RawBuilder<unknown>;
  /** FROM: sessions s with one row per text field of each service entry (alias f: f.key, f.value). */
  withServiceFields: RawBuilder<unknown>;
  /** FROM: sessions s × its groups (g) × the text fields of its service entries (f). */
  withGroupsAndServiceFields: RawBuilder<unknown>;
};

export type SessionField = 'channel' | 'gender' | 'ageBand' | 'firstVisit';
export type ServiceField = 'serviceCode' | 'outcome' | 'blocker';
const COLUMNS: Record<SessionField, string> = {
  channel: 'channel',
  gender: 'gender',
  ageBand: 'age_band',
  firstVisit: 'first_visit',
};

export function reportSql(dialect: DialectName): ReportSql {
  const field = (name: SessionField) => sql.raw<string>(`s.${COLUMNS[name]}`);
  if (dialect === 'postgres') {
    const groups = `cross join lateral jsonb_array_elements_text(s.data->'groups') g(value)`;
    const services = `cross join lateral jsonb_array_elements(s.data->'services') e(value) cross join lateral jsonb_each_text(e.value) f(key, value)`;
    return {
      field,
      withGroups: sql.raw(`sessions s ${groups}`),
      withServiceFields: sql.raw(`sessions s ${services}`),
      withGroupsAndServiceFields: sql.raw(`sessions s ${groups} ${services}`),
    };
  }
  // json_tree over the services walks each entry once and yields its fields as (key, value) rows: half the
  // cost of json_each + json_extract per field. serviceFieldIs keeps the wanted fields of the entries.
  const services = `json_tree(s.data, '$.services') f`;
  return {
    field,
    withGroups: sql.raw(`sessions s, json_each(s.data, '$.groups') g`),
    withServiceFields: sql.raw(`sessions s, ${services}`),
    withGroupsAndServiceFields: sql.raw(`sessions s, json_each(s.data, '$.groups') g, ${services}`),
  };
}

/** The one filter of every report query: the scope's centres, the period's local days, live sessions. */
export function scopeFilter(scope: ReportScope): RawBuilder<unknown> {
  const ids = sql.join(scope.centreIds.map((id) => sql`${id}`));
  return sql`s.centre_id in (${ids}) and s.local_day between ${scope.range.start} and ${scope.range.end} and s.deleted_at is null`;
}

/** Rows of withServiceFields that are the given fields of a service entry (SQLite's tree also has the entries). */
export function serviceFieldIs(dialect: DialectName, ...names: ServiceField[]): RawBuilder<unknown> {
  const keys = sql.join(names.map((n) => sql.lit(n)));
  return dialect === 'postgres'
    ? sql`f.key in (${keys})`
    : sql`f.key in (${keys}) and f.type = 'text' and f.path like '$.services[%]'`;
}
