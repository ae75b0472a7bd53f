import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createInviteRequestSchema, updateUserRequestSchema, type InviteCreated, type UserView } from '../../shared/auth/api';
import { AUTH_LIMITS } from '../../shared/auth/roles';
import { uuidv7 } from '../../shared/ids';
import { audit } from '../auth/audit';
import type { InvitePayload } from '../auth/codePayloads';
import { principalOf } from '../auth/guard';
import type { Principal } from '../auth/principal';
import { adminCentres, grantProblem, managesUser, mergeCentres, requireRole, seesUser } from '../auth/scope';
import { userView } from '../auth/sessionTokens';
import { hashCode, newCode } from '../auth/tokens';
import { HttpError } from '../http/httpError';
import type { UserRecord } from '../store/authTypes';
import { idParamsSchema } from './adminCentres';
import { parseBody, parseQuery, type RouteDeps } from './deps';

const DAY = 86_400_000;

/** A coordinator sees only their own centres in another person's list of centres. */
function viewFor(me: Principal, user: UserRecord): UserView {
  const view = userView(user);
  return me.role === 'admin' ? view : { ...view, centreIds: view.centreIds.filter((c) => me.centreIds.includes(c)) };
}

/** /api/admin/users: coordinators manage the volunteers of their centres; admins everyone. */
export function adminUserRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;
  const user = { config: { auth: 'user' as const } };

  async function managed(request: FastifyRequest): Promise<{ me: Principal; target: UserRecord }> {
    const me = principalOf(request);
    requireRole(me, 'admin', 'coordinator');
    const { id } = parseQuery(idParamsSchema, request.params, 'path');
    const target = await store.users.get(id);
    if (!target || !seesUser(me, target)) throw new HttpError(404, 'USER_NOT_FOUND', 'No such person');
    if (!managesUser(me, target)) throw new HttpError(403, 'FORBIDDEN', 'You may not change this person');
    return { me, target };
  }

  app.get('/admin/users', user, async (request) => {
    const me = principalOf(request);
    requireRole(me, 'admin', 'coordinator');
    return { users: (await store.users.list(adminCentres(me))).map((u) => viewFor(me, u)) };
  });

  app.post('/admin/users/invite', user, async (request, reply): Promise<InviteCreated> => {
    const me = principalOf(request);
    requireRole(me, 'admin', 'coordinator');
    const body = parseBody(createInviteRequestSchema, request.body);
    const centreIds = [...new Set(body.centreIds)];
    const problem = grantProblem(me, body.role, centreIds);
    if (problem) throw new HttpError(403, 'FORBIDDEN', problem);
    if ((await store.admin.listCentres(centreIds)).length !== centreIds.length) throw new HttpError(404, 'CENTRE_NOT_FOUND', 'No such centre');
    const now = deps.now();
    const inviteCode = newCode();
    const expiresAt = new Date(now.getTime() + AUTH_LIMITS.inviteDays * DAY).toISOString();
    const payload: InvitePayload = { displayName: body.displayName, role: body.role, centreIds };
    const id = uuidv7();
    await store.codes.add('invite', { id, codeHash: hashCode(inviteCode), expiresAt, createdBy: me.userId, createdAt: now.toISOString(), payload });
    await audit(deps, request, 'invite.created', { targetType: 'invite', targetId: id, details: { role: body.role, centreIds } });
    void reply.code(201);
    return { inviteCode, expiresAt };
  });

  app.patch('/admin/users/:id', user, async (request): Promise<UserView> => {
    const { me, target } = await managed(request);
    const body = parseBody(updateUserRequestSchema, request.body);
    const role = body.role ?? target.role;
    const centreIds = body.centreIds === undefined ? target.centreIds : mergeCentres(me, target.centreIds, body.centreIds);
    const problem = body.role !== undefined || body.centreIds !== undefined ? grantProblem(me, role, me.role === 'admin' ? centreIds : (body.centreIds ?? [])) : undefined;
    if (problem) throw new HttpError(403, 'FORBIDDEN', problem);
    if (body.centreIds && (await store.admin.listCentres(body.centreIds)).length !== new Set(body.centreIds).size) {
      throw new HttpError(404, 'CENTRE_NOT_FOUND', 'No such centre');
    }
    const at = deps.now().toISOString();
    const disabledAt = body.isDisabled === undefined ? undefined : body.isDisabled ? (target.disabledAt ?? at) : null;
    const losesAdmin = target.role === 'admin' && (role !== 'admin' || (disabledAt !== undefined && disabledAt !== null));
    if (losesAdmin && (await store.users.countAdmins({ activeOnly: true })) <= 1) {
      throw new HttpError(409, 'LAST_ADMIN', 'The last admin cannot be demoted or disabled');
    }
    await store.users.update(target.id, { displayName: body.displayName, role: body.role, centreIds: body.centreIds && centreIds, disabledAt });
    if (body.isDisabled === true) await store.sessions.revokeAllOf(target.id, at);
    const common = { targetType: 'user', targetId: target.id };
    if (body.role !== undefined && body.role !== target.role) await audit(deps, request, 'user.role_changed', { ...common, details: { from: target.role, to: role } });
    if (body.isDisabled !== undefined && body.isDisabled !== (target.disabledAt !== null)) await audit(deps, request, body.isDisabled ? 'user.disabled' : 'user.enabled', common);
    await audit(deps, request, 'user.updated', { ...common, details: { fields: Object.keys(body), centreIds: body.centreIds && centreIds } });
    const updated = await store.users.get(target.id);
    if (!updated) throw new HttpError(404, 'USER_NOT_FOUND', 'No such person');
    return viewFor(me, updated);
  });

  // The tablet then asks this person for an online sign-in and a new PIN: their sessions end now, and
  // pinResetAt (in UserView) is later than the PIN the tablet holds.
  app.post('/admin/users/:id/reset-pin', user, async (request): Promise<UserView> => {
    const { me, target } = await managed(request);
    const at = deps.now().toISOString();
    await store.users.update(target.id, { pinResetAt: at });
    await store.sessions.revokeAllOf(target.id, at);
    await audit(deps, request, 'user.pin_reset', { targetType: 'user', targetId: target.id });
    return viewFor(me, { ...target, pinResetAt: at });
  });
}
