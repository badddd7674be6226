import { contract, isMethodName, METHOD_NAMES, type MethodDef, type MethodName } from '../core/contract';
import type { PermissionRow } from '../core/contract/permissions';
import { ROLES, type Caller, type Role } from '../core/domain';
import type { Db } from '../db';

/**
 * What each role may call, as data: the defaults come from the contract's access lists, an
 * admin's overrides from the database. The dispatcher asks `permits` for every call; the table is
 * cached in memory, reloaded when it is older than `ttlMs` or after an update (`invalidate`).
 *
 * Devices are not in the table: a door tablet may call exactly the methods marked `devices: true`,
 * and the handlers keep it to its own room.
 */
export function defaultRoles(def: MethodDef): Role[] {
  if (def.access === 'public' || def.access === 'signedIn') return [...ROLES];
  return [...def.access];
}

/**
 * Methods whose table entry must always keep `admin`, so no edit can lock the admins out: the
 * console asks `auth.me` who is signed in, and the permission methods change the table back.
 */
export const ADMIN_ONLY_KEEPERS: readonly MethodName[] = ['auth.me', 'permissions.get', 'permissions.update'];

/** The roles that may never lose a method (what `permissions.update` refuses to take away). */
export const lockedRoles = (method: MethodName): Role[] => (ADMIN_ONLY_KEEPERS.includes(method) ? ['admin'] : []);

export class PermissionTable {
  private overrides = new Map<MethodName, Role[]>();
  private loadedAtMs: number | null = null;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 60_000,
  ) {}

  /** Loads the overrides when they are missing or stale. Fails (and the call with it) if it cannot. */
  async ensureFresh(now: Date): Promise<void> {
    if (this.loadedAtMs !== null && now.getTime() - this.loadedAtMs < this.ttlMs) return;
    this.loading ??= this.load(now).finally(() => (this.loading = null));
    await this.loading;
  }

  invalidate(): void {
    this.loadedAtMs = null;
  }

  /** The roles that may call a method now. */
  rolesFor(method: MethodName): Role[] {
    return this.overrides.get(method) ?? defaultRoles(contract[method]);
  }

  /** Whether a caller may call a method: the dispatcher's `permits`. */
  permits = (caller: Caller | null, method: MethodName, def: MethodDef): boolean => {
    if (def.access === 'public') return true;
    if (!caller) return false;
    if (caller.kind === 'device') return def.devices === true;
    return this.rolesFor(method).includes(caller.role);
  };

  /** Every method a caller may call, for clients that hide what they cannot do. */
  methodsFor(caller: Caller | null): MethodName[] {
    return METHOD_NAMES.filter((m) => this.permits(caller, m, contract[m])).sort();
  }

  row(method: MethodName): PermissionRow {
    const def: MethodDef = contract[method];
    return {
      method,
      summary: def.summary,
      isPublic: def.access === 'public',
      defaultRoles: defaultRoles(def),
      roles: this.rolesFor(method),
      isOverridden: this.overrides.has(method),
      lockedRoles: def.access === 'public' ? [] : lockedRoles(method),
      devices: def.devices === true,
    };
  }

  rows(): PermissionRow[] {
    return [...METHOD_NAMES].sort().map((m) => this.row(m));
  }

  private async load(now: Date): Promise<void> {
    const rows = await this.db.models.PermissionOverride.findAll();
    const next = new Map<MethodName, Role[]>();
    for (const row of rows) {
      // A stored override for a method that no longer exists is ignored; unknown roles are dropped.
      if (!isMethodName(row.method) || !Array.isArray(row.roles)) continue;
      next.set(row.method, row.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)));
    }
    this.overrides = next;
    this.loadedAtMs = now.getTime();
  }
}
