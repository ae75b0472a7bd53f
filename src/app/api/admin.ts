import type {
  AuditPage,
  AuditQuery,
  CreateInviteRequest,
  DeviceView,
  EnrolmentCodeCreated,
  InviteCreated,
  OrganisationView,
  UpdateUserRequest,
  UserView,
} from '../../shared/auth/api';
import type { Centre } from '../../shared/schemas/centre';
import type { EService } from '../../shared/schemas/eService';
import { consoleSession } from './consoleSession';
import { request, type Method } from './http';

/** /api/admin: every call with the console's access token (refreshed once when it expired). */

async function call<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const answer = await consoleSession.authed((token) => request<T>(method, path, { token, body }));
  return answer.body;
}

export type CentreInput = Omit<Centre, 'id'>;

export async function listOrganisations(): Promise<OrganisationView[]> {
  return (await call<{ organisations: OrganisationView[] }>('GET', '/api/admin/organisations')).organisations;
}

export async function listCentres(): Promise<Centre[]> {
  return (await call<{ centres: Centre[] }>('GET', '/api/admin/centres')).centres;
}

export function createCentre(centre: CentreInput): Promise<Centre> {
  return call<Centre>('POST', '/api/admin/centres', centre);
}

export function updateCentre(id: string, patch: Partial<CentreInput>): Promise<Centre> {
  return call<Centre>('PATCH', `/api/admin/centres/${encodeURIComponent(id)}`, patch);
}

export async function listUsers(): Promise<UserView[]> {
  return (await call<{ users: UserView[] }>('GET', '/api/admin/users')).users;
}

export function invitePerson(invite: CreateInviteRequest): Promise<InviteCreated> {
  return call<InviteCreated>('POST', '/api/admin/users/invite', invite);
}

export function updatePerson(id: string, patch: UpdateUserRequest): Promise<UserView> {
  return call<UserView>('PATCH', `/api/admin/users/${encodeURIComponent(id)}`, patch);
}

export function resetPin(id: string): Promise<UserView> {
  return call<UserView>('POST', `/api/admin/users/${encodeURIComponent(id)}/reset-pin`);
}

export async function listDevices(): Promise<DeviceView[]> {
  return (await call<{ devices: DeviceView[] }>('GET', '/api/admin/devices')).devices;
}

/** With how long the code stays valid by the server's clock, so a skewed device clock cannot shorten or stretch the countdown. */
export async function createEnrolmentCode(centreId: string, label: string): Promise<EnrolmentCodeCreated & { validForMs: number }> {
  const answer = await consoleSession.authed((token) =>
    request<EnrolmentCodeCreated>('POST', '/api/admin/devices/enrolment-codes', { token, body: { centreId, label } }),
  );
  const serverNow = answer.serverTime ? Date.parse(answer.serverTime) : Date.now();
  return { ...answer.body, validForMs: Math.max(0, Date.parse(answer.body.expiresAt) - serverNow) };
}

export function revokeDevice(id: string): Promise<DeviceView> {
  return call<DeviceView>('POST', `/api/admin/devices/${encodeURIComponent(id)}/revoke`);
}

export async function listCatalogue(): Promise<EService[]> {
  return (await call<{ services: EService[] }>('GET', '/api/admin/catalogue')).services;
}

export function addService(service: EService): Promise<EService> {
  return call<EService>('POST', '/api/admin/catalogue', service);
}

/** Rename, translate, retire (`active: false`) or reactivate; the code and country never change. */
export function updateService(service: EService): Promise<EService> {
  return call<EService>('PUT', `/api/admin/catalogue/${encodeURIComponent(service.code)}`, service);
}

export function queryAudit(query: AuditQuery): Promise<AuditPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const search = params.size > 0 ? `?${params.toString()}` : '';
  return call<AuditPage>('GET', `/api/admin/audit${search}`);
}
