import { z } from 'zod';
import { method } from './define';
import { ZEmpty, ZUser } from './common';

export const ZLoginInput = z
  .object({
    email: z.email().max(254),
    password: z.string().min(1).max(1024),
  })
  .strict();
export type LoginInput = z.infer<typeof ZLoginInput>;

export const ZSession = z.object({
  accessToken: z.string(),
  expiresAt: z.string(),
  user: ZUser,
});
export type Session = z.infer<typeof ZSession>;

export const authContract = {
  'auth.login': method({
    summary: 'Sign in with e-mail and password; returns an access token.',
    input: ZLoginInput,
    output: ZSession,
    access: 'public',
  }),
  'auth.me': method({
    summary: 'The signed-in person.',
    input: ZEmpty,
    output: ZUser,
    access: 'signedIn',
  }),
};
