import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Input, Session, User } from '../../core/contract';
import { useApi } from '../api/apiContext';
import { isApiError } from '../api/ApiError';
import { applyUserLocale } from '../i18n';
import { SessionContext, type SessionApi, type SessionState } from './sessionContext';

/**
 * Who is signed in. On start it asks `auth.me` (the HTTP token or the desktop's main process may
 * already hold a session); a refused call anywhere later sends the person back to sign-in.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [state, setState] = useState<SessionState>(() =>
    api.mayHaveSession() ? { status: 'checking' } : { status: 'signedOut', notice: null },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!api.mayHaveSession()) return;
    let isCurrent = true;
    api.call('auth.me', {}).then(
      (user) => {
        if (!isCurrent) return;
        applyUserLocale(user.locale);
        setState({ status: 'signedIn', user });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        const isSignedOut = isApiError(error) && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN');
        setState(isSignedOut ? { status: 'signedOut', notice: null } : { status: 'unreachable', error });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [api, attempt]);

  useEffect(
    () => api.onSessionEnded(() => setState((s) => (s.status === 'signedIn' ? { status: 'signedOut', notice: 'sessionEnded' } : s))),
    [api],
  );

  /** The transport has kept the new session's tokens (HTTP: this tab; IPC: the main process). */
  const enter = useCallback((session: Pick<Session, 'user'>) => {
    applyUserLocale(session.user.locale);
    setState({ status: 'signedIn', user: session.user });
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => enter(await api.call('auth.login', { email, password })),
    [api, enter],
  );

  const register = useCallback(
    async (input: Input<'auth.register'>) => enter(await api.call('auth.register', input)),
    [api, enter],
  );

  const updateUser = useCallback(
    (user: User) => setState((s) => (s.status === 'signedIn' && s.user.id === user.id ? { status: 'signedIn', user } : s)),
    [],
  );

  const signOut = useCallback(async () => {
    await api.signOut();
    setState({ status: 'signedOut', notice: null });
  }, [api]);

  const retry = useCallback(() => {
    setState({ status: 'checking' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo<SessionApi>(
    () => ({ state, signIn, register, updateUser, signOut, retry }),
    [state, signIn, register, updateUser, signOut, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
