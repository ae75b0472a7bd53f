import { SESSION_SCHEMA_VERSION } from '../../shared/schemas/sessionVersion';
import { uuidv7 } from '../../shared/ids';
import type { MutationType } from '../../shared/sync/protocol';
import { currentActorId } from './peopleActor';
import type { OutboxRow } from './tables';

/** Every row records who made the change (actorId: the person unlocked on this tablet), when someone is. */
export function outboxRow(type: MutationType, recordId: string, extra: Partial<OutboxRow>): OutboxRow {
  const actorId = currentActorId();
  return { mutationId: uuidv7(), type, recordId, payloadVersion: SESSION_SCHEMA_VERSION, createdAt: Date.now(), ...(actorId ? { actorId } : {}), ...extra };
}
