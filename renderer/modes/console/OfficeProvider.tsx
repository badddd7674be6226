import { useMemo, useState, type ReactNode } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useSignedInUser } from '../../session/sessionContext';
import { OfficeContext, type OfficeSelection } from './officeContext';

const choiceKey = (userId: string) => `roomly.console.office.${userId}`;
const ALL = 'all';

function readChoice(userId: string): string | null {
  try {
    return globalThis.localStorage?.getItem(choiceKey(userId)) ?? null;
  } catch {
    return null;
  }
}

/**
 * Loads the offices once and remembers which one the console shows. The first time, that is the
 * person's own office; afterwards their last choice on this device.
 */
export function OfficeProvider({ children }: { children: ReactNode }) {
  const user = useSignedInUser();
  const offices = useApiQuery('offices.list', {});
  const [choice, setChoice] = useState<string | null>(() => readChoice(user.id) ?? user.officeId ?? ALL);

  const value = useMemo<OfficeSelection>(() => {
    const list = offices.data ?? [];
    const office = list.find((o) => o.id === choice) ?? null;
    return {
      offices: list,
      // An office that no longer exists (or before the list arrives) reads as "all offices".
      officeId: office?.id ?? (offices.data || choice === ALL ? null : choice),
      office,
      isLoading: offices.isLoading,
      error: offices.error,
      selectOffice(officeId) {
        const next = officeId ?? ALL;
        setChoice(next);
        try {
          globalThis.localStorage?.setItem(choiceKey(user.id), next);
        } catch {
          // Without storage the choice lasts for this page.
        }
      },
      reload: offices.reload,
    };
  }, [offices.data, offices.isLoading, offices.error, offices.reload, choice, user.id]);

  return <OfficeContext.Provider value={value}>{children}</OfficeContext.Provider>;
}
