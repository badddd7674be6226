import { createContext, useContext } from 'react';
import type { Office } from '../../../core/contract';

export interface OfficeSelection {
  offices: readonly Office[];
  /** null: all offices. */
  officeId: string | null;
  office: Office | null;
  isLoading: boolean;
  error: unknown;
  selectOffice(officeId: string | null): void;
  reload(): void;
}

export const OfficeContext = createContext<OfficeSelection | null>(null);

/** The office the console is looking at, chosen in the app bar. */
export function useOffice(): OfficeSelection {
  const selection = useContext(OfficeContext);
  if (!selection) throw new Error('useOffice() needs an <OfficeProvider> above it.');
  return selection;
}
