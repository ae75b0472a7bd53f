import { useNow } from '../sync/queries';
import { useStorageFacts } from './queries';
import { storageWarnings } from './warnings';
import { WarningBanner } from './WarningBanner';

/**
 * Where the volunteer looks every day: shown only when the tablet's data is at risk. (Its texts load
 * only then, so a healthy tablet's first screen never waits for them.)
 */
export function StorageWarnings() {
  const { facts } = useStorageFacts();
  const now = useNow();
  const warnings = facts ? storageWarnings(facts, now) : [];
  if (!facts || warnings.length === 0) return null;
  return <WarningBanner warnings={warnings} facts={facts} now={now} hasDetailsLink />;
}
