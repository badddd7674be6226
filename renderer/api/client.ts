import type { RoomlyBridge } from '../../core/bridge';
import { isMethodName, type Input, type MethodName, type Output } from '../../core/contract';
import { isSessionRefusal } from '../../core/errors';
import { ApiError } from './ApiError';
import { createHttpTransport } from './httpTransport';
import { createIpcTransport } from './ipcTransport';
import { createLiveHub, type LiveListener } from './live';
import type { Transport } from './transport';

export { ApiError, isApiError, type ApiErrorCode } from './ApiError';
export { createHttpTransport, type HttpTransportOptions, type TokenStorage } from './httpTransport';
export { createIpcTransport } from './ipcTransport';
export type { Transport } from './transport';

declare global {
  interface Window {
    /** Present only inside the desktop app (see preload/). */
    roomly?: RoomlyBridge;
  }
}

/** The one way the renderer talks to Roomly, whichever transport carries the calls. */
export interface ApiClient {
  readonly transport: Transport['kind'];
  /** Calls a contract method; resolves with its value or throws an `ApiError`. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  /** Whether asking `auth.me` could find a session (false: show sign-in at once). */
  mayHaveSession(): boolean;
  /** Ends the session on the server when it can, and always in this page. */
  signOut(): Promise<void>;
  /** Called when a call is refused because the session ended (expired, revoked). */
  onSessionEnded(listener: () => void): () => void;
  /** Live pokes about committed changes; one stream serves every listener of the page. */
  onLive(listener: Partial<LiveListener>): () => void;
}

/** Methods whose UNAUTHENTICATED answer means "wrong credentials", not "session ended". */
const SIGN_IN_METHODS = new Set<string>(['auth.login', 'auth.register']);

export function createClient(transport: Transport): ApiClient {
  const sessionListeners = new Set<() => void>();
  const live = createLiveHub((listener) => transport.listen(listener));

  return {
    transport: transport.kind,
    async call(method, input) {
      const result = await transport.send(method, input);
      if (result.ok) return result.value as Output<typeof method>;
      const error = new ApiError(result.error, method);
      if (isSessionRefusal(error) && !SIGN_IN_METHODS.has(method)) {
        for (const listener of [...sessionListeners]) listener();
      }
      throw error;
    },
    mayHaveSession: () => transport.mayHaveSession(),
    async signOut() {
      // The desktop's main process always handles logout (it holds the session); the server
      // does once the contract has the method. Either way the page forgets its session.
      if (transport.kind === 'ipc' || isMethodName('auth.logout')) {
        await transport.send('auth.logout', {}).catch(() => undefined);
      }
      transport.forgetSession();
    },
    onSessionEnded(listener) {
      sessionListeners.add(listener);
      return () => sessionListeners.delete(listener);
    },
    onLive: (listener) => live.subscribe(listener),
  };
}

let shared: ApiClient | null = null;

/** IPC inside the desktop app (the preload bridge exists), HTTP when the server serves the page. */
export function getClient(): ApiClient {
  if (!shared) {
    const bridge = typeof window !== 'undefined' ? window.roomly : undefined;
    shared = createClient(bridge ? createIpcTransport(bridge) : createHttpTransport());
  }
  return shared;
}
