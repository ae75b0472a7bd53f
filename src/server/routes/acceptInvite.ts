import type { FastifyInstance } from 'fastify';
import { acceptInviteRequestSchema, type SessionTokens } from '../../shared/auth/api';
import { uuidv7 } from '../../shared/ids';
import { audit } from '../auth/audit';
import { INVALID_CODE_MESSAGE, invitePayloadSchema } from '../auth/codePayloads';
import { passwordProblem } from '../auth/passwordPolicy';
import { hashPassword } from '../auth/passwords';
import { addressKey, recordFailure } from '../auth/rateLimit';
import { issueSession } from '../auth/sessionTokens';
import { mayUseDevice, signInDevice, withDataKey } from '../auth/signInDevice';
import { hashCode } from '../auth/tokens';
import { HttpError } from '../http/httpError';
import type { UserRecord } from '../store/authTypes';
import { parseBody, type RouteDeps } from './deps';
import { weakPassword } from './auth';
import { checkLimits } from './signIn';

const invalidCode = () => new HttpError(400, 'INVALID_CODE', INVALID_CODE_MESSAGE);

/**
 * An invited person picks a login and password with the code they were given. From a tablet
 * (X-Ura-Device), the tablet must be one of the invite's centres, and the person counts as signed in
 * online on it. A wrong, used or expired code, and a tablet that does not fit, all answer INVALID_CODE.
 */
export function acceptInviteRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/auth/accept-invite', { config: { auth: 'public' } }, async (request, reply): Promise<SessionTokens> => {
    const body = parseBody(acceptInviteRequestSchema, request.body);
    const keys = [addressKey('invite', request)];
    await checkLimits(deps, request, 'invite', keys);
    const early = passwordProblem(body.password, { login: body.login });
    if (early) throw weakPassword(early);
    const found = await signInDevice(deps.store, request);
    if (found === 'refused') {
      await recordFailure(deps, keys);
      throw invalidCode();
    }
    const device = found;
    const passwordHash = await hashPassword(body.password);
    const at = deps.now().toISOString();
    let user: UserRecord;
    try {
      const done = await deps.store.codes.consume('invite', hashCode(body.inviteCode), at, async (raw, ctx) => {
        const invite = invitePayloadSchema.parse(raw);
        const late = passwordProblem(body.password, { displayName: invite.displayName });
        if (late) throw weakPassword(late);
        if (device && !mayUseDevice(invite, device)) throw invalidCode();
        if (await ctx.isLoginTaken(body.login)) throw new HttpError(409, 'LOGIN_TAKEN', 'This login is taken; choose another');
        const created: UserRecord = { id: uuidv7(), login: body.login, passwordHash, ...invite, disabledAt: null, pinResetAt: null, createdAt: at };
        await ctx.createUser(created);
        return created;
      });
      if (!done) throw invalidCode();
      user = done.value;
    } catch (err) {
      // Probing logins with one valid code counts like a wrong code.
      if (err instanceof HttpError && (err.code === 'INVALID_CODE' || err.code === 'LOGIN_TAKEN')) await recordFailure(deps, keys);
      throw err;
    }
    if (device) await deps.store.users.recordDeviceSignIn(device.id, user.id, at);
    await audit(deps, request, 'invite.accepted', { actorId: user.id, deviceId: device?.id ?? null, targetType: 'user', targetId: user.id, details: { role: user.role, centreIds: user.centreIds } });
    void reply.code(201);
    return withDataKey(deps.store, await issueSession(deps, user, device?.id ?? null), device);
  });
}
