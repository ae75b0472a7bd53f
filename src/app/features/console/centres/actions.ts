import type { CENTRE_KINDS, Centre } from '../../../../shared/schemas/centre';
import type { Country } from '../../../../shared/schemas/vocabulary';
import { createCentre, updateCentre } from '../../../api/admin';
import { runSave, type FieldErrors, type SaveResult } from '../saveResult';

export type CentreKind = (typeof CENTRE_KINDS)[number];
export type CentreDraft = { name: string; country: Country | ''; municipality: string; kind: CentreKind };

/** Weekly reports count in the centre's time zone; each country of the network has one. */
const TIME_ZONES: Record<Country, string> = {
  AL: 'Europe/Tirane',
  XK: 'Europe/Belgrade',
  MK: 'Europe/Skopje',
  ME: 'Europe/Podgorica',
  RS: 'Europe/Belgrade',
};

export function draftOf(centre: Centre | undefined): CentreDraft {
  return centre ? { name: centre.name, country: centre.country, municipality: centre.municipality, kind: centre.kind } : { name: '', country: '', municipality: '', kind: 'fixed' };
}

export function validateCentre(draft: CentreDraft): FieldErrors {
  const errors: FieldErrors = {};
  const name = draft.name.trim().length;
  if (name < 2 || name > 120) errors.name = 'admin:errors.field.centreName';
  if (!draft.country) errors.country = 'admin:errors.field.country';
  if (draft.municipality.trim().length > 120) errors.municipality = 'admin:errors.field.municipality';
  return errors;
}

/** Creates a centre (admins) or changes one; the country is fixed once created (tablets load its catalogue). */
export async function saveCentre(draft: CentreDraft, existing?: Centre): Promise<SaveResult<Centre>> {
  const errors = validateCentre(draft);
  if (Object.keys(errors).length > 0 || !draft.country) return { status: 'invalid', errors };
  const fields = { name: draft.name.trim(), municipality: draft.municipality.trim(), kind: draft.kind };
  const country = draft.country;
  return runSave(() => (existing ? updateCentre(existing.id, fields) : createCentre({ ...fields, country, timeZone: TIME_ZONES[country] })));
}
