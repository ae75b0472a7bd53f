import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../../shared/auth/api';

/** Names the screen knows: people and centres in scope. Ids it cannot name are shortened, never hidden. */
export type Names = { person: (id: string) => string | undefined; centre: (id: string) => string | undefined };

// UUIDv7s begin with their creation time, so the end tells two ids apart.
const short = (id: string) => `…${id.slice(-8)}`;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The translation key of an action ("sign_in.succeeded" → "audit.actions.sign_in_succeeded"). */
export function actionKey(action: string): string {
  return `audit.actions.${action.replace(/\./g, '_')}`;
}

export function actorText(entry: AuditEntry, names: Names, t: TFunction): string {
  if (entry.actorId) return names.person(entry.actorId) ?? short(entry.actorId);
  return entry.deviceId ? t('audit.aTablet') : t('audit.nobody');
}

export function targetText(entry: AuditEntry, names: Names): string {
  const id = entry.targetId;
  if (!id) return '';
  if (entry.targetType === 'user') return names.person(id) ?? short(id);
  if (entry.targetType === 'centre') return names.centre(id) ?? short(id);
  if (entry.targetType === 'e_service') return id;
  return entry.targetType === 'device' ? short(id) : '';
}

/** A short reading of the details the server recorded (never secrets: it stores none). */
export function detailText(entry: AuditEntry, names: Names, t: TFunction): string {
  const d = entry.details ?? {};
  const centres = list(d.centreIds).map((id) => names.centre(id) ?? short(id)).join(', ');
  const role = (r: unknown) => (str(r) ? t(`roles.${str(r)}`) : '');
  switch (entry.action) {
    case 'sign_in.failed':
      return [str(d.login), str(d.reason) && t(`audit.reasons.${str(d.reason)}`)].filter(Boolean).join(' · ');
    case 'sign_in.limited':
      return str(d.kind) ? t(`audit.kinds.${str(d.kind)}`) : '';
    case 'user.role_changed':
      return `${role(d.from)} → ${role(d.to)}`;
    case 'invite.created':
    case 'invite.accepted':
      return [role(d.role), centres].filter(Boolean).join(' · ');
    case 'user.updated':
      return centres ? t('audit.centresNow', { centres }) : '';
    case 'catalogue.changed':
      return str(d.change) ? t(`audit.changes.${str(d.change)}`) : '';
    case 'centre.created':
    case 'organisation.created':
      return str(d.name) ?? '';
    case 'device.enrolment_code_created':
    case 'device.enrolled':
      return str(d.label) ?? '';
    default:
      return '';
  }
}
