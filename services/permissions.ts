import { isMethodName } from '../core/contract';
import { ROLES } from '../core/domain';
import type { Handlers } from '../core/dispatcher';
import { AppError } from '../core/errors';
import type { Ctx } from './context';
import { requireUser } from './context';
import { mutate } from './mutate';
import { lockedRoles } from './permissionTable';

type PermissionHandlers = Pick<Handlers<Ctx>, 'permissions.get' | 'permissions.update'>;

const refuse = (message: string, key: string, method: string) => new AppError('CONFLICT', message, { key, params: { method } });

export const permissionHandlers: PermissionHandlers = {
  'permissions.get': async (ctx) => ({
    roles: [...ROLES],
    methods: ctx.store.permissions.rows(),
  }),

  /**
   * Overrides one method's roles (or, with `roles: null`, goes back to the contract's default).
   * Public methods are open to everyone and have no entry; the permission methods keep `admin`.
   * The cache is dropped after the commit and before listeners hear of it, so the very next call
   * (a console refetching `auth.permissions` on the poke) is checked against the new table. The
   * poke names only the method: each client asks what it may call now.
   */
  'permissions.update': async (ctx, input) => {
    const caller = requireUser(ctx);
    const { method, roles, reason } = input;
    if (!isMethodName(method)) {
      throw new AppError('NOT_FOUND', `There is no method called "${method}".`, { key: 'errors.unknownMethod', params: { method } });
    }
    const table = ctx.store.permissions;
    const before = table.row(method);
    if (before.isPublic) throw refuse(`${method} is open to everyone; it has no permission entry.`, 'errors.permissionPublic', method);
    const missing = roles ? lockedRoles(method).filter((role) => !roles.includes(role)) : [];
    if (missing.length > 0) {
      throw refuse(`Administrators must keep ${method}, or they could lock themselves out of the console and this table.`, 'errors.permissionLockout', method);
    }
    await mutate(ctx, async (transaction) => {
      const { PermissionOverride } = ctx.store.db.models;
      if (roles === null) await PermissionOverride.destroy({ where: { method }, transaction });
      else await PermissionOverride.upsert({ method, roles, reason, updatedById: caller.userId, updatedAt: ctx.now }, { transaction });
      return {
        value: undefined,
        audit: [{ action: 'permission.update', entityType: 'method', entityId: method, reason, data: { from: before.roles, to: roles ?? before.defaultRoles } }],
        changes: [{ entity: 'permission', id: method, officeId: null, op: 'upsert' }],
        afterCommit: () => table.invalidate(),
      };
    });
    await table.ensureFresh(ctx.now);
    return table.row(method);
  },
};
