import type { CallContext } from '../core/dispatcher';
import type { Caller, Role } from '../core/domain';
import { forbidden, unauthenticated } from '../core/errors';
import type { Db } from '../db';
import type { PermissionTable } from './permissionTable';
import type { BackoffLimiter } from './rateLimit';

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
  /** Who may call what (defaults from the contract, overrides from the database), cached. */
  permissions: PermissionTable;
  /** Backoff after failed sign-ins, PINs and codes; in memory, per process. */
  limiter: BackoffLimiter;
}

export type Ctx = CallContext<Store>;

export type UserCaller = Extract<Caller, { kind: 'user' }>;
export type DeviceCaller = Extract<Caller, { kind: 'device' }>;

/** The caller's address for per-address backoff: the client's IP over HTTP, 'local' otherwise. */
export const clientAddressOf = (ctx: Ctx): string => ctx.clientAddress || 'local';

export function requireDevice(ctx: Ctx): DeviceCaller {
  if (!ctx.caller) throw unauthenticated();
  if (ctx.caller.kind !== 'device') throw forbidden('Only a door tablet can do this.');
  return ctx.caller;
}

export function requireUser(ctx: Ctx): UserCaller {
  if (!ctx.caller) throw unauthenticated();
  if (ctx.caller.kind !== 'user') throw forbidden('A door tablet cannot do this.');
  return ctx.caller;
}

export const STAFF_ROLES: readonly Role[] = ['facility_manager', 'admin'];
export const isStaff = (role: Role) => STAFF_ROLES.includes(role);

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
