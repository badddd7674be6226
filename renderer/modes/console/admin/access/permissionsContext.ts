import { createContext, useContext } from 'react';
import type { MethodName } from '../../../../../core/contract';

/**
 * What the signed-in person may call, from `auth.permissions`. Pages and tabs ask `may(method)`
 * so the console never offers a button the server would refuse.
 */
export interface PermissionsState {
  /** True until the first answer arrives (nothing is offered meanwhile). */
  isLoading: boolean;
  error: unknown;
  may(method: MethodName): boolean;
  reload(): void;
}

export const PermissionsContext = createContext<PermissionsState | null>(null);

export function usePermissions(): PermissionsState {
  const state = useContext(PermissionsContext);
  if (!state) throw new Error('usePermissions() needs a <PermissionsProvider> above it.');
  return state;
}

/** Shorthand for one method. */
export const useMayCall = (method: MethodName): boolean => usePermissions().may(method);
