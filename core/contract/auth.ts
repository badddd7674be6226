import { z } from 'zod';
import { ZId, ZLocale, ZRole } from '../domain';
import { method } from './define';
import { ZEmpty, ZUser } from './common';

/** Passwords: at least 10 characters; long passphrases (in any script) are welcome up to 1024. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 1024;
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const ZEmail = z.email().max(254);
export const ZPersonName = z.string().trim().min(1).max(120);

export const ZLoginInput = z
  .object({
    email: ZEmail,
    password: z.string().min(1).max(PASSWORD_MAX),
  })
  .strict();
export type LoginInput = z.infer<typeof ZLoginInput>;

/**
 * A signed-in session. The access token is short-lived; the refresh token is single-use: each
 * `auth.refresh` spends it and returns the next one. Over IPC the desktop keeps both tokens in
 * the main process and the page receives neither.
 */
export const ZSession = z.object({
  accessToken: z.string(),
  expiresAt: z.string(),
  refreshToken: z.string(),
  refreshExpiresAt: z.string(),
  user: ZUser,
});
export type Session = z.infer<typeof ZSession>;

export const ZRegisterInput = z
  .object({
    email: ZEmail,
    password: ZPassword,
    name: ZPersonName,
    locale: ZLocale.optional(),
    officeId: ZId.nullable().optional(),
    /** Required when registration is by invitation only; always accepted when given. */
    invitationCode: z.string().trim().min(4).max(64).optional(),
  })
  .strict();
export type RegisterInput = z.infer<typeof ZRegisterInput>;

export const ZRefreshInput = z.object({ refreshToken: z.string().min(1).max(4096) }).strict();

export const ZLogoutInput = z
  .object({
    /** Ends this refresh token's session too (useful when the access token has already expired). */
    refreshToken: z.string().min(1).max(4096).optional(),
    /** Ends every session of the signed-in person, on every device. */
    everywhere: z.boolean().optional(),
  })
  .strict();

export const ZChangePasswordInput = z
  .object({ currentPassword: z.string().min(1).max(PASSWORD_MAX), newPassword: ZPassword })
  .strict();

export const ZUpdateProfileInput = z
  .object({ name: ZPersonName.optional(), locale: ZLocale.optional(), officeId: ZId.nullable().optional() })
  .strict();
export type UpdateProfileInput = z.infer<typeof ZUpdateProfileInput>;

export const REGISTRATION_MODES = ['open', 'domains', 'invitation'] as const;
export const ZEmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Use a domain such as example.com');
/** Who may register: anyone, only addresses at the listed domains, or only people with an invitation. */
export const ZRegistration = z
  .object({ mode: z.enum(REGISTRATION_MODES), domains: z.array(ZEmailDomain).max(100) })
  .strict();
export type Registration = z.infer<typeof ZRegistration>;

export const ZMyPermissions = z.object({
  kind: z.enum(['anonymous', 'user', 'device']),
  role: ZRole.nullable(),
  /** Every method this caller may call now; the UI hides the rest. */
  methods: z.array(z.string()),
});
export type MyPermissions = z.infer<typeof ZMyPermissions>;

export const authContract = {
  'auth.register': method({
    summary: 'Create an account (open, by e-mail domain or by invitation, as the registration setting says) and sign in.',
    input: ZRegisterInput,
    output: ZSession,
    access: 'public',
  }),
  'auth.login': method({
    summary: 'Sign in with e-mail and password; returns an access token and a single-use refresh token.',
    input: ZLoginInput,
    output: ZSession,
    access: 'public',
  }),
  'auth.refresh': method({
    summary: 'Spend a refresh token for a new access token and the next refresh token.',
    input: ZRefreshInput,
    output: ZSession,
    access: 'public',
  }),
  'auth.logout': method({
    summary: 'End this session (and, with `everywhere`, every session of the signed-in person).',
    input: ZLogoutInput,
    output: ZEmpty,
    access: 'public',
  }),
  'auth.me': method({
    summary: 'The signed-in person.',
    input: ZEmpty,
    output: ZUser,
    access: 'signedIn',
  }),
  'auth.changePassword': method({
    summary: "Change one's own password; every other session ends.",
    input: ZChangePasswordInput,
    output: ZEmpty,
    access: 'signedIn',
  }),
  'auth.updateProfile': method({
    summary: "Change one's own name, language or office.",
    input: ZUpdateProfileInput,
    output: ZUser,
    access: 'signedIn',
  }),
  'auth.permissions': method({
    summary: 'The methods the caller may call, so a client can hide what it cannot do.',
    input: ZEmpty,
    output: ZMyPermissions,
    access: 'public',
  }),
  'auth.getRegistration': method({
    summary: 'Who may register: open, by e-mail domain, or by invitation only.',
    input: ZEmpty,
    output: ZRegistration,
    access: 'public',
  }),
  'auth.setRegistration': method({
    summary: 'Choose who may register.',
    input: ZRegistration,
    output: ZRegistration,
    access: ['admin'],
  }),
};
