import { SESSION_SCHEMA_VERSION } from '../../shared/schemas/sessionVersion';
import { uuidv7 } from '../../shared/ids';
import type { MutationType } from '../../shared/sync/protocol';
import type { OutboxRow } from './tables';

export function outboxRow(type: MutationType, recordId: string, extra: Partial<OutboxRow>): OutboxRow {
  return { mutationId: uuidv7(), type, recordId, payloadVersion: SESSION_SCHEMA_VERSION, createdAt: Date.now(), ...extra };
}
