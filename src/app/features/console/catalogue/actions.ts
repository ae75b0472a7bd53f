import type { EService } from '../../../../shared/schemas/eService';
import { LANGUAGES, SERVICE_CATEGORIES, type Country, type Language, type ServiceCategory } from '../../../../shared/schemas/vocabulary';
import { addService, updateService } from '../../../api/admin';
import { runSave, type FieldErrors, type SaveResult } from '../saveResult';

export type ServiceDraft = { code: string; provider: string; category: ServiceCategory | ''; url: string; names: Record<Language, string> };

const CODE = /^(AL|XK|MK|ME|RS)-[A-Z0-9]+(-[A-Z0-9]+)*$/;
const between = (s: string, min: number, max: number) => s.trim().length >= min && s.trim().length <= max;

export function draftOf(service: EService | undefined, country: Country): ServiceDraft {
  if (service) return { code: service.code, provider: service.provider, category: service.category, url: service.url ?? '', names: { ...service.names } };
  const names = Object.fromEntries(LANGUAGES.map((l) => [l, ''])) as Record<Language, string>;
  return { code: `${country}-`, provider: '', category: '', url: '', names };
}

export function validateService(draft: ServiceDraft, country: Country): FieldErrors {
  const errors: FieldErrors = {};
  if (!CODE.test(draft.code) || !draft.code.startsWith(`${country}-`)) errors.code = 'admin:errors.field.serviceCode';
  if (!between(draft.provider, 2, 160)) errors.provider = 'admin:errors.field.provider';
  if (!(SERVICE_CATEGORIES as readonly string[]).includes(draft.category)) errors.category = 'admin:errors.field.category';
  if (draft.url.trim() !== '' && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(draft.url.trim())) errors.url = 'admin:errors.field.url';
  for (const lng of LANGUAGES) if (!between(draft.names[lng], 2, 160)) errors[`name.${lng}`] = 'admin:errors.field.serviceName';
  return errors;
}

function serviceOf(draft: ServiceDraft, country: Country, active: boolean): EService {
  const names = Object.fromEntries(LANGUAGES.map((l) => [l, draft.names[l].trim()])) as Record<Language, string>;
  const url = draft.url.trim();
  return { code: draft.code, country, provider: draft.provider.trim(), category: draft.category as ServiceCategory, names, ...(url ? { url } : {}), active };
}

/** Adds (new code) or renames and translates (same code, same country); retiring is separate. */
export async function saveService(draft: ServiceDraft, country: Country, existing?: EService): Promise<SaveResult<EService>> {
  const errors = validateService(draft, existing?.country ?? country);
  if (Object.keys(errors).length > 0) return { status: 'invalid', errors };
  if (existing) return runSave(() => updateService(serviceOf({ ...draft, code: existing.code }, existing.country, existing.active)));
  return runSave(() => addService(serviceOf(draft, country, true)), { ALREADY_EXISTS: 'code' });
}

/** Retired e-services are no longer offered on tablets; their code stays, past sessions keep them. */
export function setActive(service: EService, active: boolean): Promise<SaveResult<EService>> {
  return runSave(() => updateService({ ...service, active }));
}
