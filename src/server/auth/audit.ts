import type { FastifyRequest } from 'fastify';
import type { AuditAction } from '../../shared/auth/api';
import type { RouteDeps } from '../routes/deps';

export type AuditFields = {
  actorId?: string | null;
  deviceId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
};

// Belt and braces: a secret never reaches the audit log, even if a caller passes one by mistake.
const SECRET_KEYS = /^(password|newPassword|token|accessToken|refreshToken|deviceToken|inviteCode|enrolmentCode|setupCode|passwordHash)$/i;

function withoutSecrets(details: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!details) return null;
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEYS.test(key)));
}

/** Appends one audit entry for this request (DESIGN.md §6: sign-ins, enrolments, exports, edits, admin actions). */
export async function audit(deps: RouteDeps, request: FastifyRequest, action: AuditAction, fields: AuditFields = {}): Promise<void> {
  await deps.store.audit.add({
    at: deps.now().toISOString(),
    action,
    actorId: fields.actorId ?? request.principal?.userId ?? null,
    deviceId: fields.deviceId ?? request.principal?.deviceId ?? request.device?.id ?? null,
    targetType: fields.targetType ?? null,
    targetId: fields.targetId ?? null,
    ip: request.ip,
    details: withoutSecrets(fields.details),
  });
}

/** Who exported which centres' data: the report (period label), its dates, the centres, k, format and language. */
export function auditExport(deps: RouteDeps, request: FastifyRequest, details: { centreIds: string[]; format: string; report: string } & Record<string, unknown>): Promise<void> {
  return audit(deps, request, 'report.exported', { targetType: 'report', targetId: details.report, details });
}
