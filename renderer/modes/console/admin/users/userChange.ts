import type { Input, User } from '../../../../../core/contract';
import type { Locale, Role } from '../../../../../core/domain';

export interface UserDraft {
  name: string;
  role: Role;
  /** '' = no office (every office). */
  officeId: string;
  locale: Locale;
  active: boolean;
  password: string;
  reason: string;
}

export const draftOf = (user: User): UserDraft => ({
  name: user.name,
  role: user.role,
  officeId: user.officeId ?? '',
  locale: user.locale,
  active: user.active,
  password: '',
  reason: '',
});

/** Only what changed, so the audit log records exactly that. */
export function changeOf(user: User, draft: UserDraft): Input<'users.update'> {
  const officeId = draft.officeId || null;
  return {
    id: user.id,
    ...(draft.name.trim() !== user.name ? { name: draft.name.trim() } : {}),
    ...(draft.role !== user.role ? { role: draft.role } : {}),
    ...(officeId !== user.officeId ? { officeId } : {}),
    ...(draft.locale !== user.locale ? { locale: draft.locale } : {}),
    ...(draft.active !== user.active ? { active: draft.active } : {}),
    ...(draft.password ? { password: draft.password } : {}),
    ...(draft.reason.trim() ? { reason: draft.reason.trim() } : {}),
  };
}

export type SessionEnding = 'role' | 'deactivate' | 'password';

/** The parts of a change that sign the person out everywhere (the server ends their sessions). */
export function sessionEndings(user: User, draft: UserDraft): SessionEnding[] {
  const endings: SessionEnding[] = [];
  if (draft.role !== user.role) endings.push('role');
  if (user.active && !draft.active) endings.push('deactivate');
  if (draft.password) endings.push('password');
  return endings;
}

export const hasChanges = (input: Input<'users.update'>): boolean =>
  Object.keys(input).some((key) => key !== 'id' && key !== 'reason');
