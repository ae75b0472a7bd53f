import type { DeviceView } from '../../../../shared/auth/api';
import { createEnrolmentCode, revokeDevice } from '../../../api/admin';
import { runSave, type SaveResult } from '../saveResult';

export type EnrolmentCode = { code: string; link: string; expiresAt: string; deadline: number };

export function validateLabel(label: string): string | undefined {
  const length = label.trim().length;
  return length < 1 || length > 80 ? 'admin:errors.field.deviceLabel' : undefined;
}

/**
 * A one-time code (≤ 10 minutes) the tablet enrols with, and the link its camera can open. The
 * deadline is in this device's clock, from how long the server says the code lives.
 */
export async function makeEnrolmentCode(centreId: string, label: string): Promise<SaveResult<EnrolmentCode>> {
  const problem = validateLabel(label);
  if (problem) return { status: 'invalid', errors: { label: problem } };
  return runSave(async () => {
    const created = await createEnrolmentCode(centreId, label.trim());
    return {
      code: created.enrolmentCode,
      link: `${window.location.origin}/enrol#${created.enrolmentCode}`,
      expiresAt: created.expiresAt,
      deadline: Date.now() + created.validForMs,
    };
  });
}

/** The tablet's token and every sign-in on it stop working at its next request. */
export function revoke(device: DeviceView): Promise<SaveResult<DeviceView>> {
  return runSave(() => revokeDevice(device.id));
}
