import { z } from 'zod';
import { ROLES, ZRole } from '../domain';
import { method } from './define';
import { ZEmpty } from './common';

export const ZPermissionRow = z.object({
  method: z.string(),
  summary: z.string(),
  /** public: anyone, no table entry applies; otherwise the roles below may call it. */
  isPublic: z.boolean(),
  /** Roles from the contract's access list ('signedIn' means every role). */
  defaultRoles: z.array(ZRole),
  /** Roles that may call it now: the default, or an admin's override. */
  roles: z.array(ZRole),
  isOverridden: z.boolean(),
  /** Roles that may never lose it (admins keep what they need to sign in and to change this table). */
  lockedRoles: z.array(ZRole),
  /** Enrolled door tablets may call it (for their own room only). */
  devices: z.boolean(),
});
export type PermissionRow = z.infer<typeof ZPermissionRow>;

export const ZPermissionTable = z.object({ roles: z.array(ZRole), methods: z.array(ZPermissionRow) });

export const ZUpdatePermissionInput = z
  .object({
    method: z.string().min(1).max(128),
    /** The roles that may call the method; null goes back to the contract's default. */
    roles: z
      .array(ZRole)
      .max(ROLES.length)
      .refine((r) => new Set(r).size === r.length, 'List each role once.')
      .nullable(),
    reason: z.string().trim().min(3).max(500),
  })
  .strict();

export const permissionsContract = {
  'permissions.get': method({
    summary: 'The permission table: which roles may call each method, by default and now.',
    input: ZEmpty,
    output: ZPermissionTable,
    access: ['admin'],
  }),
  'permissions.update': method({
    summary: 'Change which roles may call one method (or go back to its default), with a reason.',
    input: ZUpdatePermissionInput,
    output: ZPermissionRow,
    access: ['admin'],
  }),
};
