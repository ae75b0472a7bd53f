import { isHandoffError } from '../../../shared/handoff/errors';
import { ApiError, OFFLINE } from '../../api/http';

/** Why an export or import failed, as a key of the handoff namespace (the UI never shows raw messages). */
export class HandoffProblem extends Error {
  override name = 'HandoffProblem';
  constructor(readonly key: string) {
    super(key);
  }
}

const FILE_ERRORS: Record<string, string> = {
  HANDOFF_TOO_LARGE: 'errors.tooLarge',
  HANDOFF_MALFORMED: 'errors.malformed',
  HANDOFF_UNSUPPORTED: 'errors.unsupported',
  HANDOFF_WRONG_PASSPHRASE: 'errors.wrongPassphrase',
  HANDOFF_PASSPHRASE_REQUIRED: 'errors.passphraseRequired',
  HANDOFF_WRONG_KEY: 'errors.serverOnly',
  HANDOFF_TAMPERED: 'errors.tampered',
  HANDOFF_UNKNOWN_DEVICE: 'errors.unknownDevice',
  FORBIDDEN: 'errors.otherCentre',
  BODY_TOO_LARGE: 'errors.tooLarge',
};

export function problemKey(error: unknown): string {
  if (error instanceof HandoffProblem) return error.key;
  if (isHandoffError(error)) return FILE_ERRORS[error.code] ?? 'errors.generic';
  if (error instanceof ApiError) return error.code === OFFLINE ? 'errors.offline' : (FILE_ERRORS[error.code] ?? 'errors.generic');
  return 'errors.generic';
}
