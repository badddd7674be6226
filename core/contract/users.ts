import { z } from 'zod';
import { ZId, ZInstant, ZLocale, ZRole } from '../domain';
import { ZEmail, ZPassword, ZPersonName } from './auth';
import { method } from './define';
import { ZUser } from './common';

export const ZListUsersInput = z
  .object({
    officeId: ZId.optional(),
    role: ZRole.optional(),
    /** Matches the start of the name or e-mail, case-insensitively. */
    query: z.string().trim().min(1).max(120).optional(),
    includeInactive: z.boolean().optional(),
  })
  .strict();
export type ListUsersInput = z.infer<typeof ZListUsersInput>;

/** The most people one directory answer holds, and how many it holds when the caller does not say. */
export const DIRECTORY_MAX_LIMIT = 200;
export const DIRECTORY_DEFAULT_LIMIT = 20;

export const ZUserDirectoryInput = z
  .object({
    /** Matches the start of the name, of any word in it, or of the e-mail, in any letter case. */
    query: z.string().trim().min(1).max(120).optional(),
    officeId: ZId.optional(),
    limit: z.number().int().min(1).max(DIRECTORY_MAX_LIMIT).default(DIRECTORY_DEFAULT_LIMIT),
  })
  .strict();
export type UserDirectoryInput = z.input<typeof ZUserDirectoryInput>;

/** What a people picker needs to know about a colleague, and nothing more (no role, no status). */
export const ZDirectoryPerson = z.object({
  id: ZId,
  name: z.string(),
  email: z.string(),
  officeId: ZId.nullable(),
});
export type DirectoryPerson = z.infer<typeof ZDirectoryPerson>;

export const ZCreateUserInput = z
  .object({
    email: ZEmail,
    name: ZPersonName,
    role: ZRole.default('employee'),
    officeId: ZId.nullable().optional(),
    locale: ZLocale.optional(),
    password: ZPassword,
  })
  .strict();
export type CreateUserInput = z.input<typeof ZCreateUserInput>;

/** Changing the role, switching the account off or setting a new password ends their sessions. */
export const ZUpdateUserInput = z
  .object({
    id: ZId,
    name: ZPersonName.optional(),
    role: ZRole.optional(),
    officeId: ZId.nullable().optional(),
    locale: ZLocale.optional(),
    active: z.boolean().optional(),
    password: ZPassword.optional(),
    /** Why (kept in the audit log). */
    reason: z.string().trim().max(500).optional(),
  })
  .strict();
export type UpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export const ZInviteUserInput = z
  .object({ email: ZEmail, role: ZRole.default('employee'), officeId: ZId.nullable().optional() })
  .strict();

export const ZInvitation = z.object({
  id: ZId,
  email: z.string(),
  role: ZRole,
  officeId: ZId.nullable(),
  expiresAt: ZInstant,
});

export const usersContract = {
  'users.list': method({
    summary: 'People, filtered by office, role and name; staff see the people they manage.',
    input: ZListUsersInput,
    output: z.array(ZUser),
    access: ['admin', 'facility_manager', 'assistant'],
  }),
  'users.directory': method({
    summary: 'Active colleagues by name or e-mail, for inviting them and finding a time with them; only id, name, e-mail and office.',
    input: ZUserDirectoryInput,
    output: z.array(ZDirectoryPerson),
    access: 'signedIn',
  }),
  'users.create': method({
    summary: 'Add a person with an initial password.',
    input: ZCreateUserInput,
    output: ZUser,
    access: ['admin'],
  }),
  'users.update': method({
    summary: "Change a person's name, role, office, language, password or whether the account is active.",
    input: ZUpdateUserInput,
    output: ZUser,
    access: ['admin', 'facility_manager'],
  }),
  'users.invite': method({
    summary: 'Create a one-time invitation code with which one e-mail address may register.',
    input: ZInviteUserInput,
    output: z.object({ invitation: ZInvitation, code: z.string() }),
    access: ['admin', 'facility_manager'],
  }),
};
