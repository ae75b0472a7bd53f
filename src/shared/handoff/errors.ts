/** Why a hand-off file could not be read; the UI and the API translate the code, never the message. */
export const HANDOFF_ERROR_CODES = [
  'HANDOFF_TOO_LARGE',
  'HANDOFF_MALFORMED',
  'HANDOFF_UNSUPPORTED',
  'HANDOFF_WRONG_PASSPHRASE',
  'HANDOFF_PASSPHRASE_REQUIRED',
  'HANDOFF_WRONG_KEY',
  'HANDOFF_TAMPERED',
] as const;
export type HandoffErrorCode = (typeof HANDOFF_ERROR_CODES)[number];

export class HandoffError extends Error {
  override name = 'HandoffError';
  constructor(
    readonly code: HandoffErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function isHandoffError(error: unknown): error is HandoffError {
  return error instanceof HandoffError;
}
