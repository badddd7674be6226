import {
  ZChangePasswordInput,
  ZRegisterInput,
  ZUpdateProfileInput,
  type RegisterInput,
  type Registration,
  type UpdateProfileInput,
  type User,
} from '../../../../core/contract';
import type { Locale } from '../../../../core/domain';
import { WRONG_CREDENTIALS_KEY } from '../../../../core/errors';
import { checkFields, type FieldMap, type FieldMessages } from './fieldErrors';

// ------------------------------------------------------------------------------- registration

export type RegisterField = 'name' | 'email' | 'password' | 'locale' | 'invitationCode';

export const REGISTER_FIELDS: FieldMap<RegisterField> = {
  paths: { name: 'name', email: 'email', password: 'password', locale: 'locale', invitationCode: 'invitationCode' },
  errors: {
    'errors.emailTaken': 'email',
    'errors.registrationDomain': 'email',
    'errors.invitationInvalid': 'invitationCode',
    'errors.registrationClosed': { field: 'invitationCode', key: 'account.register.codeRequired' },
  },
};

export interface RegisterDraft {
  name: string;
  email: string;
  password: string;
  locale: Locale;
  invitationCode: string;
}

/** The draft as the contract takes it: trimmed, and the code only when one was given. */
export function registerInput(draft: RegisterDraft): RegisterInput {
  const code = draft.invitationCode.trim();
  return {
    name: draft.name.trim(),
    email: draft.email.trim(),
    password: draft.password,
    locale: draft.locale,
    ...(code ? { invitationCode: code } : {}),
  };
}

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * What the service would refuse, said before asking it: the contract's own rules per field, a
 * missing code when registration is by invitation only, and an address outside the allowed
 * domains (an invitation code may still let that address in, so then the service decides).
 */
export function checkRegistration(draft: RegisterDraft, registration: Registration | null): FieldMessages<RegisterField> {
  const input = registerInput(draft);
  const fields = checkFields(ZRegisterInput, input, REGISTER_FIELDS);
  if (registration?.mode === 'invitation' && !input.invitationCode) {
    fields.invitationCode ??= { key: 'account.register.codeRequired', text: 'Registration is by invitation only.' };
  }
  if (registration?.mode === 'domains' && !input.invitationCode && !fields.email && !registration.domains.includes(domainOf(input.email))) {
    fields.email = {
      key: 'account.register.domainOnly',
      params: { domains: registration.domains.join(', ') },
      text: 'Registration is open only to addresses at certain domains.',
    };
  }
  return fields;
}

// ------------------------------------------------------------------------------------ profile

export type ProfileField = 'name' | 'locale';

export const PROFILE_FIELDS: FieldMap<ProfileField> = { paths: { name: 'name', locale: 'locale' } };

export interface ProfileDraft {
  name: string;
  locale: Locale;
}

export const profileDraftOf = (user: User): ProfileDraft => ({ name: user.name, locale: user.locale });

/** Only what changed, so the audit log records exactly that (empty: nothing to save). */
export function profileChange(user: User, draft: ProfileDraft): UpdateProfileInput {
  const name = draft.name.trim();
  return {
    ...(name !== user.name ? { name } : {}),
    ...(draft.locale !== user.locale ? { locale: draft.locale } : {}),
  };
}

export const checkProfile = (change: UpdateProfileInput): FieldMessages<ProfileField> =>
  checkFields(ZUpdateProfileInput, change, PROFILE_FIELDS);

// ----------------------------------------------------------------------------------- password

export type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

export const PASSWORD_FIELDS: FieldMap<PasswordField> = {
  paths: { currentPassword: 'currentPassword', newPassword: 'newPassword' },
  errors: { [WRONG_CREDENTIALS_KEY]: { field: 'currentPassword', key: 'account.password.wrongCurrent' } },
};

export interface PasswordDraft {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export const EMPTY_PASSWORDS: PasswordDraft = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** The contract's rules for both passwords, and the new one typed the same way twice. */
export function checkPasswordChange(draft: PasswordDraft): FieldMessages<PasswordField> {
  const fields = checkFields(
    ZChangePasswordInput,
    { currentPassword: draft.currentPassword, newPassword: draft.newPassword },
    PASSWORD_FIELDS,
  );
  if (!fields.newPassword && draft.confirmPassword !== draft.newPassword) {
    fields.confirmPassword = { key: 'account.password.mismatch', text: 'The new passwords differ.' };
  }
  return fields;
}
