import { useMemo } from 'react';
import type { User } from '../../../../core/contract';
import type { Role } from '../../../../core/domain';
import { useApiQuery } from '../../../api/useApiQuery';
import { useSignedInUser } from '../../../session/sessionContext';

/**
 * What the signed-in person may do, so the console offers only that: the methods come from the
 * permission table (`auth.permissions`); which records they may touch follows the server's record
 * rules (organizer, creator, facility staff of the office). The server still decides every call.
 */
export interface Abilities {
  user: User;
  isLoading: boolean;
  may(method: string): boolean;
  /** List the office's people with their roles (staff; `users.list`). */
  canListPeople: boolean;
  /** Pick colleagues by name (the directory, or the staff list); otherwise attendees are typed as e-mail addresses. */
  canFindPeople: boolean;
  /** Book with someone else as the organizer. */
  canBookForOthers: boolean;
  /** Approve, reject, and change any booking of this office. */
  isStaffOf(officeId: string | null | undefined): boolean;
}

/** Roles the server lets book for someone else (services' record rule `canBookFor`). */
const BOOKS_FOR_OTHERS: readonly Role[] = ['assistant', 'facility_manager', 'admin'];

export function abilitiesOf(user: User, methods: ReadonlySet<string>, isLoading = false): Abilities {
  const may = (method: string) => methods.has(method);
  return {
    user,
    isLoading,
    may,
    canListPeople: may('users.list'),
    canFindPeople: may('users.directory') || may('users.list'),
    canBookForOthers: BOOKS_FOR_OTHERS.includes(user.role) && may('users.list'),
    isStaffOf(officeId) {
      if (user.role === 'admin') return may('bookings.approve');
      const isOwnOffice = user.officeId === null || user.officeId === officeId;
      return user.role === 'facility_manager' && isOwnOffice && may('bookings.approve');
    },
  };
}

export function useAbilities(): Abilities {
  const user = useSignedInUser();
  const permissions = useApiQuery('auth.permissions', {});
  const methods = permissions.data?.methods;
  return useMemo(() => abilitiesOf(user, new Set(methods ?? []), !methods && permissions.isLoading), [user, methods, permissions.isLoading]);
}
