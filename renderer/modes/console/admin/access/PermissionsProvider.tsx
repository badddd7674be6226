import { useMemo, type ReactNode } from 'react';
import { useApiQuery } from '../../../../api/useApiQuery';
import { PermissionsContext, type PermissionsState } from './permissionsContext';

/** Asks once per signed-in session which methods the person may call. */
export function PermissionsProvider({ children }: { children: ReactNode }) {
  const permissions = useApiQuery('auth.permissions', {});
  const methods = permissions.data?.methods;
  const value = useMemo<PermissionsState>(() => {
    const allowed = new Set(methods ?? []);
    return {
      isLoading: !methods && !permissions.error,
      error: permissions.error,
      may: (method) => allowed.has(method),
      reload: permissions.reload,
    };
  }, [methods, permissions.error, permissions.reload]);
  return <PermissionsContext.Provider value={value}>{children}</PermissionsContext.Provider>;
}
