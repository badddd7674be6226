import type { Office } from '../../../../core/contract';
import type { Abilities } from '../booking/useAbilities';
import type { People, Person } from '../booking/usePeople';
import { useOffice } from '../officeContext';

export interface ScheduleSubject {
  personId: string;
  isSelf: boolean;
  /** The person, when the viewer's directory knows them (always for oneself). */
  person: Person | null;
  office: Office | null;
  /** Their office's zone (the viewer's own when unknown), until the server's answer names it. */
  timeZone: string;
}

/** Whose schedule the page shows and on which clock: oneself, or someone picked or linked to. */
export function useScheduleSubject(abilities: Abilities, people: People, askedId: string | null): ScheduleSubject {
  const { offices } = useOffice();
  const me = abilities.user;
  const personId = askedId ?? me.id;
  const isSelf = personId === me.id;
  const person = isSelf ? me : (people.byId.get(personId) ?? null);
  const officeId = person ? person.officeId : me.officeId;
  const office = offices.find((o) => o.id === officeId) ?? null;
  return { personId, isSelf, person, office, timeZone: office?.timeZone ?? 'UTC' };
}
