import { createDispatcher, type Dispatch, type Handlers } from '../core/dispatcher';
import { AppError, fail } from '../core/errors';
import type { Db } from '../db';
import { auditHandlers } from './audit';
import { authenticate, authHandlers } from './auth';
import { blockHandlers } from './blocks';
import { bookingHandlers } from './bookings';
import type { ChangeListener, Ctx, Logger, Store } from './context';
import { silentLogger } from './context';
import { deviceHandlers } from './devices';
import { kioskHandlers } from './kiosk';
import { officeHandlers } from './offices';
import { PermissionTable } from './permissionTable';
import { permissionHandlers } from './permissions';
import { profileHandlers } from './profile';
import { BackoffLimiter } from './rateLimit';
import { roomHandlers } from './rooms';
import { ruleHandlers } from './rules';
import { scheduleHandlers } from './schedule';
import { userHandlers } from './users';

/** Every contract method's handler. A missing or mistyped one fails the type check here. */
export const handlers: Handlers<Ctx> = {
  ...authHandlers,
  ...profileHandlers,
  ...userHandlers,
  ...officeHandlers,
  ...roomHandlers,
  ...bookingHandlers,
  ...blockHandlers,
  ...ruleHandlers,
  ...deviceHandlers,
  ...kioskHandlers,
  ...auditHandlers,
  ...permissionHandlers,
  ...scheduleHandlers,
};

export interface RoomlyOptions {
  db: Db;
  secret: string;
  clock?: () => Date;
  log?: Logger;
  onChange?: ChangeListener;
}

export function createStore(options: RoomlyOptions): Store {
  return {
    db: options.db,
    secret: options.secret,
    log: options.log ?? silentLogger,
    onChange: options.onChange ?? (() => {}),
    permissions: new PermissionTable(options.db),
    limiter: new BackoffLimiter(),
  };
}

/**
 * The services behind one dispatcher: what the IPC adapter and the HTTP server both wrap. Every
 * call is checked against the permission table, loaded (or refreshed) before the call; if it
 * cannot be read the call fails closed.
 */
export function createRoomlyDispatcher(options: RoomlyOptions): Dispatch {
  const store = createStore(options);
  const clock = options.clock ?? (() => new Date());
  const dispatch = createDispatcher({
    handlers,
    store,
    authenticate,
    permits: store.permissions.permits,
    clock,
    onUnexpected: (error, info) =>
      store.log.error({ err: error, method: info.method, requestId: info.requestId }, 'unexpected failure'),
  });
  return async (method, input, meta) => {
    try {
      await store.permissions.ensureFresh(clock());
    } catch (error) {
      store.log.error({ err: error, method }, 'permission table could not be loaded');
      return fail(new AppError('INTERNAL', 'Something went wrong on our side. Please try again.', { key: 'errors.INTERNAL' }).toBody());
    }
    return dispatch(method, input, meta);
  };
}

export type { Store, Ctx, Logger, ChangeListener } from './context';
export { hashPassword, verifyPassword } from './passwords';
