import type { Transaction, WhereOptions } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { Handlers } from '../core/dispatcher';
import { AppError, notFound } from '../core/errors';
import { normalizeEmail } from '../db';
import { assertMayPlace, canSeeUser } from './access';
import type { Ctx } from './context';
import { requireUser } from './context';
import { toUser } from './mappers';
import { mutate } from './mutate';
import { comparePeople, matchesPerson, searchKey } from './peopleSearch';
import { hashPassword } from './passwords';
import { newOneTimeCode, hashSecret, normalizeCode } from './tokens';
import { updateUser } from './userUpdate';

type UserHandlers = Pick<Handlers<Ctx>, 'users.list' | 'users.directory' | 'users.create' | 'users.update' | 'users.invite'>;

export const INVITATION_TTL_S = 7 * 24 * 3600;

const emailTaken = () =>
  new AppError('CONFLICT', 'An account with this e-mail address already exists.', { key: 'errors.emailTaken' });

async function assertOffice(ctx: Ctx, officeId: string | null | undefined, transaction: Transaction) {
  if (officeId && !(await ctx.store.db.models.Office.findByPk(officeId, { transaction }))) throw notFound('Office', officeId);
}

export const userHandlers: UserHandlers = {
  'users.list': async (ctx, input) => {
    const caller = requireUser(ctx);
    const where: WhereOptions = {};
    if (input.officeId) Object.assign(where, { officeId: input.officeId });
    if (input.role) Object.assign(where, { role: input.role });
    if (!input.includeInactive) Object.assign(where, { active: true });
    const users = await ctx.store.db.models.User.findAll({ where, order: [['name', 'ASC'], ['email', 'ASC']] });
    const query = input.query?.toLocaleLowerCase();
    return users
      .filter((u) => canSeeUser(caller, u))
      .filter((u) => !query || u.name.toLocaleLowerCase().startsWith(query) || u.email.startsWith(query))
      .map(toUser);
  },

  /**
   * Anyone signed in looks colleagues up (active people only, four fields). The office's active
   * people are read in one narrow query and matched here, since the database's own case folding
   * is ASCII-only on SQLite.
   */
  'users.directory': async (ctx, input) => {
    requireUser(ctx);
    const where: WhereOptions = { active: true };
    if (input.officeId) Object.assign(where, { officeId: input.officeId });
    const rows = await ctx.store.db.models.User.findAll({ where, attributes: ['id', 'name', 'email', 'officeId'], raw: true });
    const key = searchKey(input.query ?? '');
    return rows
      .filter((u) => matchesPerson(u, key))
      .sort(comparePeople)
      .slice(0, input.limit)
      .map((u) => ({ id: u.id, name: u.name, email: u.email, officeId: u.officeId ?? null }));
  },

  'users.create': async (ctx, input) => {
    const caller = requireUser(ctx);
    const officeId = input.officeId ?? (caller.role === 'admin' ? null : caller.officeId);
    assertMayPlace(caller, input.role, officeId);
    const passwordHash = await hashPassword(input.password);
    return mutate(ctx, async (transaction) => {
      const { User } = ctx.store.db.models;
      const email = normalizeEmail(input.email);
      if (await User.findOne({ where: { email }, transaction })) throw emailTaken();
      await assertOffice(ctx, officeId, transaction);
      const user = await User.create(
        {
          id: uuidv7(), email, name: input.name, role: input.role, officeId, locale: input.locale ?? 'en',
          passwordHash, active: true, tokenVersion: 0,
        },
        { transaction },
      );
      return {
        value: toUser(user),
        audit: [{ action: 'user.create', entityType: 'user', entityId: user.id, data: { email, role: input.role, officeId } }],
        changes: [{ entity: 'user', id: user.id, officeId, op: 'upsert' }],
      };
    });
  },

  'users.update': (ctx, input) => updateUser(ctx, input),

  'users.invite': (ctx, input) => {
    const caller = requireUser(ctx);
    const officeId = input.officeId ?? (caller.role === 'admin' ? null : caller.officeId);
    assertMayPlace(caller, input.role, officeId);
    return mutate(ctx, async (transaction) => {
      const { User, Invitation } = ctx.store.db.models;
      const email = normalizeEmail(input.email);
      if (await User.findOne({ where: { email }, transaction })) throw emailTaken();
      await assertOffice(ctx, officeId, transaction);
      const code = newOneTimeCode(16);
      const expiresAt = new Date(ctx.now.getTime() + INVITATION_TTL_S * 1000);
      const invitation = await Invitation.create(
        {
          id: uuidv7(), email, role: input.role, officeId, codeHash: hashSecret(normalizeCode(code)), expiresAt,
          createdById: caller.userId, createdAt: ctx.now,
        },
        { transaction },
      );
      return {
        value: { invitation: { id: invitation.id, email, role: input.role, officeId, expiresAt: expiresAt.toISOString() }, code },
        audit: [{ action: 'user.invite', entityType: 'invitation', entityId: invitation.id, data: { email, role: input.role, officeId } }],
      };
    });
  },
};
