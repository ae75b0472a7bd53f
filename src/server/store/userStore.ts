import type { Kysely, Selectable } from 'kysely';
import type { UserRecord, UsersStore } from './authTypes';
import type { Database } from './schema';

type Db = Kysely<Database>;

export function userFromRow(r: Selectable<Database['users']>, centreIds: string[]): UserRecord {
  return {
    id: r.id,
    displayName: r.display_name,
    login: r.login,
    passwordHash: r.password_hash,
    role: r.role,
    centreIds,
    disabledAt: r.disabled_at,
    pinResetAt: r.pin_reset_at,
    createdAt: r.created_at,
  };
}

async function centresOf(db: Db, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (userIds.length === 0) return out;
  const rows = await db.selectFrom('user_centres').selectAll().where('user_id', 'in', userIds).orderBy('centre_id').execute();
  for (const r of rows) out.set(r.user_id, [...(out.get(r.user_id) ?? []), r.centre_id]);
  return out;
}

async function withCentres(db: Db, rows: Selectable<Database['users']>[]): Promise<UserRecord[]> {
  const centres = await centresOf(db, rows.map((r) => r.id));
  return rows.map((r) => userFromRow(r, centres.get(r.id) ?? []));
}

/** Inserts a person and their centres (inside the caller's transaction). */
export async function insertUser(db: Db, user: Omit<UserRecord, 'disabledAt' | 'pinResetAt'>): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      display_name: user.displayName,
      login: user.login,
      password_hash: user.passwordHash,
      role: user.role,
      disabled_at: null,
      pin_reset_at: null,
      created_at: user.createdAt,
    })
    .execute();
  await setCentres(db, user.id, user.centreIds);
}

async function setCentres(db: Db, userId: string, centreIds: readonly string[]): Promise<void> {
  await db.deleteFrom('user_centres').where('user_id', '=', userId).execute();
  const unique = [...new Set(centreIds)];
  if (unique.length > 0) await db.insertInto('user_centres').values(unique.map((centre_id) => ({ user_id: userId, centre_id }))).execute();
}

export async function countAdmins(db: Db, activeOnly = false): Promise<number> {
  let q = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'admin');
  if (activeOnly) q = q.where('disabled_at', 'is', null);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export function createUsersStore(db: Db): UsersStore {
  return {
    countAdmins: (options) => countAdmins(db, options?.activeOnly),
    create: (user) => db.transaction().execute((trx) => insertUser(trx, user)),
    async findByLogin(login) {
      const row = await db.selectFrom('users').selectAll().where('login', '=', login.toLowerCase()).executeTakeFirst();
      return row && (await withCentres(db, [row]))[0];
    },
    async get(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && (await withCentres(db, [row]))[0];
    },
    async list(centreIds) {
      let q = db.selectFrom('users').selectAll().orderBy('display_name').orderBy('id');
      if (centreIds !== undefined) {
        if (centreIds.length === 0) return [];
        q = q.where('id', 'in', db.selectFrom('user_centres').select('user_id').where('centre_id', 'in', centreIds));
      }
      return withCentres(db, await q.execute());
    },
    async update(id, changes) {
      await db.transaction().execute(async (trx) => {
        const set: Partial<Database['users']> = {};
        if (changes.displayName !== undefined) set.display_name = changes.displayName;
        if (changes.role !== undefined) set.role = changes.role;
        if (changes.disabledAt !== undefined) set.disabled_at = changes.disabledAt;
        if (changes.pinResetAt !== undefined) set.pin_reset_at = changes.pinResetAt;
        if (changes.passwordHash !== undefined) set.password_hash = changes.passwordHash;
        if (Object.keys(set).length > 0) await trx.updateTable('users').set(set).where('id', '=', id).execute();
        if (changes.centreIds !== undefined) await setCentres(trx, id, changes.centreIds);
      });
    },
    async recordDeviceSignIn(deviceId, userId, at) {
      await db
        .insertInto('device_users')
        .values({ device_id: deviceId, user_id: userId, last_online_sign_in_at: at })
        .onConflict((oc) => oc.columns(['device_id', 'user_id']).doUpdateSet({ last_online_sign_in_at: at }))
        .execute();
    },
  };
}
