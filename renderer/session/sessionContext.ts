import { createContext, useContext } from 'react';
import type { Input, User } from '../../core/contract';

export type SessionState =
  | { status: 'checking' }
  /** `notice` explains why (for example, the session expired). */
  | { status: 'signedOut'; notice: 'sessionEnded' | null }
  | { status: 'signedIn'; user: User }
  /** The server could not be asked whether there is a session. */
  | { status: 'unreachable'; error: unknown };

export interface SessionApi {
  state: SessionState;
  /** Resolves when signed in; throws the ApiError to show on the form otherwise. */
  signIn(email: string, password: string): Promise<void>;
  /** Creates the account and signs it in, like `signIn`; throws the ApiError to show on the form. */
  register(input: Input<'auth.register'>): Promise<void>;
  /** The signed-in person as the server now has them (after they changed their own details). */
  updateUser(user: User): void;
  signOut(): Promise<void>;
  retry(): void;
}

export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it.');
  return session;
}

/** For pages that only render when signed in. */
export function useSignedInUser(): User {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useSignedInUser() used outside a signed-in page.');
  return state.user;
}
