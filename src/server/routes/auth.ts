import type { FastifyInstance } from 'fastify';
import { refreshRequestSchema, setupRequestSchema, type AuthStatus, type SessionTokens, type UserView } from '../../shared/auth/api';
import { uuidv7 } from '../../shared/ids';
import { audit } from '../auth/audit';
import { INVALID_CODE_MESSAGE } from '../auth/codePayloads';
import { principalOf } from '../auth/guard';
import { passwordMessage, passwordProblem } from '../auth/passwordPolicy';
import { hashPassword } from '../auth/passwords';
import { addressKey, recordFailure } from '../auth/rateLimit';
import { issueSession, refreshSession, userView } from '../auth/sessionTokens';
import { hashCode } from '../auth/tokens';
import { HttpError } from '../http/httpError';
import type { UserRecord } from '../store/authTypes';
import { parseBody, type RouteDeps } from './deps';
import { checkLimits } from './signIn';

export function weakPassword(problem: Parameters<typeof passwordMessage>[0]): HttpError {
  return new HttpError(400, 'WEAK_PASSWORD', passwordMessage(problem), { reason: problem });
}

/** /api/auth: status, first setup, refresh, sign-out, me (sign-in and accept-invite have their own files). */
export function authRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store } = deps;

  app.get('/auth/status', { config: { auth: 'public' } }, async (): Promise<AuthStatus> => {
    return { needsSetup: (await store.users.countAdmins()) === 0, serverTime: deps.now().toISOString() };
  });

  // The first admin, with the one-time code the server printed at start (auth/setupCode.ts).
  app.post('/auth/setup', { config: { auth: 'public' } }, async (request, reply): Promise<SessionTokens> => {
    const body = parseBody(setupRequestSchema, request.body);
    const keys = [addressKey('setup', request)];
    await checkLimits(deps, request, 'setup', keys);
    const problem = passwordProblem(body.password, body);
    if (problem) throw weakPassword(problem);
    const at = deps.now().toISOString();
    const admin: UserRecord = {
      id: uuidv7(),
      displayName: body.displayName,
      login: body.login,
      passwordHash: await hashPassword(body.password),
      role: 'admin',
      centreIds: [],
      disabledAt: null,
      pinResetAt: null,
      createdAt: at,
    };
    const done = await store.codes.consume('setup', hashCode(body.setupCode), at, async (_payload, ctx) => {
      if ((await ctx.countAdmins()) > 0) throw new HttpError(409, 'ALREADY_SET_UP', 'This server already has an admin; sign in instead');
      await ctx.createUser(admin);
    });
    if (!done) {
      await recordFailure(deps, keys);
      throw new HttpError(400, 'INVALID_CODE', INVALID_CODE_MESSAGE);
    }
    await audit(deps, request, 'setup.completed', { actorId: admin.id, targetType: 'user', targetId: admin.id });
    void reply.code(201);
    return issueSession(deps, admin, null);
  });

  app.post('/auth/refresh', { config: { auth: 'public' } }, async (request): Promise<SessionTokens> => {
    const { refreshToken } = parseBody(refreshRequestSchema, request.body);
    return refreshSession(deps, request, refreshToken);
  });

  app.post('/auth/sign-out', { config: { auth: 'user' } }, async (request, reply) => {
    const me = principalOf(request);
    await store.sessions.revoke(me.sessionId, deps.now().toISOString());
    await audit(deps, request, 'sign_out', { targetType: 'user_session', targetId: me.sessionId });
    return reply.code(204).send();
  });

  app.get('/auth/me', { config: { auth: 'user' } }, (request): UserView => userView(principalOf(request).user));
}
