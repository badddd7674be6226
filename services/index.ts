import { createDispatcher, type Dispatch, type Handlers } from '../core/dispatcher';
import type { Db } from '../db';
import { authenticate, authHandlers } from './auth';
import type { ChangeListener, Ctx, Logger, Store } from './context';
import { silentLogger } from './context';
import { officeHandlers } from './offices';
import { roomHandlers } from './rooms';

/** Every contract method's handler. A missing or mistyped one fails the type check here. */
export const handlers: Handlers<Ctx> = {
  ...authHandlers,
  ...officeHandlers,
  ...roomHandlers,
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
  };
}

/** The services behind one dispatcher: what the IPC adapter and the HTTP server both wrap. */
export function createRoomlyDispatcher(options: RoomlyOptions): Dispatch {
  const store = createStore(options);
  return createDispatcher({
    handlers,
    store,
    authenticate,
    ...(options.clock ? { clock: options.clock } : {}),
    onUnexpected: (error, info) =>
      store.log.error({ err: error, method: info.method, requestId: info.requestId }, 'unexpected failure'),
  });
}

export type { Store, Ctx, Logger, ChangeListener } from './context';
export { hashPassword, verifyPassword } from './passwords';
