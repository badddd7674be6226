import type { CallContext } from '../core/dispatcher';
import type { Caller, Role } from '../core/domain';
import { forbidden, unauthenticated } from '../core/errors';
import type { Db } from '../db';

/** Something that hears about committed changes (the server's SSE hub, the desktop's IPC events). */
export interface ChangeListener {
  (change: { entity: string; id: string; officeId: string | null; op: 'upsert' | 'delete' }): void;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface Store {
  db: Db;
  /** Signs and verifies tokens; comes from the environment or the data folder, never from code. */
  secret: string;
  log: Logger;
  onChange: ChangeListener;
}

export type Ctx = CallContext<Store>;

export type UserCaller = Extract<Caller, { kind: 'user' }>;

export function requireUser(ctx: Ctx): UserCaller {
  if (!ctx.caller) throw unauthenticated();
  if (ctx.caller.kind !== 'user') throw forbidden('A door tablet cannot do this.');
  return ctx.caller;
}

export const STAFF_ROLES: readonly Role[] = ['facility_manager', 'admin'];
export const isStaff = (role: Role) => STAFF_ROLES.includes(role);

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
