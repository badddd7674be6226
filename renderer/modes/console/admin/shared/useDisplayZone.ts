import { useSignedInUser } from '../../../../session/sessionContext';
import { useOffice } from '../../officeContext';

export interface DisplayZone {
  timeZone: string;
  /** The office whose clock it is; null when it is this computer's own zone. */
  officeName: string | null;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Whose clock the console shows: the office chosen in the app bar; with "All offices", the
 * person's own office; without one, this computer's zone.
 */
export function useDisplayZone(): DisplayZone {
  const user = useSignedInUser();
  const { office, offices } = useOffice();
  const chosen = office ?? offices.find((o) => o.id === user.officeId) ?? null;
  return chosen ? { timeZone: chosen.timeZone, officeName: chosen.name } : { timeZone: browserZone(), officeName: null };
}
