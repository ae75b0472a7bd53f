import { centreSchema } from '../../../shared/schemas/centre';
import type { Country } from '../../../shared/schemas/vocabulary';
import { uuidv7 } from '../../../shared/ids';
import { toLocalIsoWithOffset } from '../../../shared/localDateTime';
import { saveDeviceSetup } from '../../db/device';
import { requestPersistentStorage } from '../../pwa/storage';

import type { Centre } from '../../../shared/schemas/centre';

/** `existingCentreId` picks a centre the server already knows, so several tablets share it. */
export const NEW_CENTRE = 'new';
export type SetupInput = {
  country: Country | '';
  existingCentreId: string;
  centreName: string;
  municipality: string;
  volunteerName: string;
};
export type SetupErrors = Partial<Record<keyof SetupInput, string>>;

/** Returns translation keys of the fields that are wrong; empty when the input can be saved. */
export function validateSetup(input: SetupInput): SetupErrors {
  const errors: SetupErrors = {};
  if (!input.country) errors.country = 'setup:errors.country';
  if (input.existingCentreId === NEW_CENTRE && input.centreName.trim().length < 2)
    errors.centreName = 'setup:errors.centreName';
  const name = input.volunteerName.trim();
  if (name.length < 2 || name.length > 60) errors.volunteerName = 'setup:errors.volunteerName';
  return errors;
}

/** Device setup until sign-in exists: one local centre and one volunteer, made on this tablet. */
export async function completeSetup(input: SetupInput, known: readonly Centre[] = []): Promise<void> {
  if (!input.country) throw new Error('country missing');
  const existing = known.find((c) => c.id === input.existingCentreId);
  const centre =
    existing ??
    centreSchema.parse({
      id: uuidv7(),
      name: input.centreName.trim(),
      country: input.country,
      municipality: input.municipality.trim(),
      kind: 'fixed',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  await saveDeviceSetup(
    {
      deviceId: uuidv7(),
      centreId: centre.id,
      country: centre.country,
      volunteerId: uuidv7(),
      volunteerName: input.volunteerName.trim(),
      setUpAt: toLocalIsoWithOffset(new Date()),
    },
    centre,
  );
  // Ask the browser not to evict this tablet's data; the answer is shown in diagnostics.
  await requestPersistentStorage();
  // Register with the server now rather than at the next timer tick.
  void import('../../sync').then(({ syncNow }) => syncNow());
}
