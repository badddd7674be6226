import type { ReactNode } from 'react';
import { ApiContext } from './apiContext';
import type { ApiClient } from './client';

/** Hands one API client to everything below it (the real one in the app, any transport in tests). */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}
