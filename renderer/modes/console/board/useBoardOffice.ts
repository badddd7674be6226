import type { Office } from '../../../../core/contract';
import { useSignedInUser } from '../../../session/sessionContext';
import { useOffice } from '../officeContext';

/**
 * The office the board shows. The board is one office's day; with "All offices" chosen in the
 * app bar it shows the person's own office (or the first one) and says so.
 */
export function useBoardOffice(): { office: Office | null; isFallback: boolean; isLoading: boolean; error: unknown; reload(): void } {
  const user = useSignedInUser();
  const selection = useOffice();
  const fallback = selection.offices.find((o) => o.id === user.officeId) ?? selection.offices[0] ?? null;
  const office = selection.office ?? fallback;
  return {
    office,
    isFallback: selection.office === null && office !== null,
    isLoading: selection.isLoading && !office,
    error: office ? null : selection.error,
    reload: selection.reload,
  };
}
