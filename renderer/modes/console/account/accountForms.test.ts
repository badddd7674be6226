import { describe, expect, it } from 'vitest';
import type { Registration, User } from '../../../../core/contract';
import { ApiError } from '../../../api/ApiError';
import { formErrors } from './fieldErrors';
import {
  checkPasswordChange,
  checkProfile,
  checkRegistration,
  PASSWORD_FIELDS,
  profileChange,
  REGISTER_FIELDS,
  registerInput,
  type RegisterDraft,
} from './accountForms';

const draft = (over: Partial<RegisterDraft> = {}): RegisterDraft => ({
  name: '  Vera Lis ',
  email: ' vera@roomly.test ',
  password: 'a long password',
  locale: 'ru',
  invitationCode: '',
  ...over,
});
const OPEN: Registration = { mode: 'open', domains: [] };
const INVITATION: Registration = { mode: 'invitation', domains: [] };
const DOMAINS: Registration = { mode: 'domains', domains: ['roomly.test', 'example.com'] };

describe('registration form', () => {
  it('sends trimmed values, and the code only when one was typed', () => {
    expect(registerInput(draft())).toEqual({ name: 'Vera Lis', email: 'vera@roomly.test', password: 'a long password', locale: 'ru' });
    expect(registerInput(draft({ invitationCode: ' ABCD-1234 ' }))).toMatchObject({ invitationCode: 'ABCD-1234' });
  });

  it('accepts a complete draft when registration is open', () => {
    expect(checkRegistration(draft(), OPEN)).toEqual({});
  });

  it("applies the service's password rule", () => {
    expect(checkRegistration(draft({ password: 'nine char' }), OPEN)).toEqual({
      password: { key: 'account.check.tooShort', params: { min: 10 }, text: 'Use at least 10 characters.' },
    });
  });

  it('asks for the name and a real e-mail address', () => {
    const fields = checkRegistration(draft({ name: ' ', email: 'vera' }), OPEN);
    expect(fields.name).toMatchObject({ key: 'account.check.required' });
    expect(fields.email).toMatchObject({ key: 'account.check.email' });
  });

  it('needs a code when registration is by invitation only', () => {
    expect(checkRegistration(draft(), INVITATION)).toEqual({
      invitationCode: { key: 'account.register.codeRequired', text: 'Registration is by invitation only.' },
    });
    expect(checkRegistration(draft({ invitationCode: 'ABCD-1234' }), INVITATION)).toEqual({});
  });

  it('names the allowed domains for an address outside them, unless a code may let it in', () => {
    expect(checkRegistration(draft({ email: 'vera@gmail.com' }), DOMAINS)).toEqual({
      email: { key: 'account.register.domainOnly', params: { domains: 'roomly.test, example.com' }, text: expect.any(String) },
    });
    expect(checkRegistration(draft({ email: 'Vera@Example.com' }), DOMAINS)).toEqual({});
    expect(checkRegistration(draft({ email: 'vera@gmail.com', invitationCode: 'ABCD-1234' }), DOMAINS)).toEqual({});
  });

  it('checks only the contract when the setting could not be read', () => {
    expect(checkRegistration(draft(), null)).toEqual({});
  });

  it("puts the service's refusals on the e-mail and code fields", () => {
    const wrongCode = new ApiError({ code: 'FORBIDDEN', key: 'errors.invitationInvalid', message: 'This invitation code is not valid for this e-mail address.' }, 'auth.register');
    expect(formErrors(wrongCode, REGISTER_FIELDS).fields).toEqual({ invitationCode: { key: 'errors.invitationInvalid', text: wrongCode.message } });
    const outside = new ApiError({ code: 'FORBIDDEN', key: 'errors.registrationDomain', message: 'Registration is open only to addresses at certain domains.' }, 'auth.register');
    expect(Object.keys(formErrors(outside, REGISTER_FIELDS).fields)).toEqual(['email']);
  });
});

describe('profile form', () => {
  const user: User = { id: '0190a0a0-0000-7000-8000-000000000009', email: 'vera@roomly.test', name: 'Vera Lis', role: 'employee', officeId: null, locale: 'en', active: true };

  it('sends only what changed', () => {
    expect(profileChange(user, { name: 'Vera Lis ', locale: 'en' })).toEqual({});
    expect(profileChange(user, { name: 'Vera Lisova', locale: 'en' })).toEqual({ name: 'Vera Lisova' });
    expect(profileChange(user, { name: 'Vera Lis', locale: 'ru' })).toEqual({ locale: 'ru' });
  });

  it('refuses an empty name', () => {
    expect(checkProfile(profileChange(user, { name: '  ', locale: 'en' }))).toEqual({ name: expect.objectContaining({ key: 'account.check.required' }) });
  });
});

describe('password form', () => {
  it('needs the current password, a new one by the rules, and the same new one twice', () => {
    expect(checkPasswordChange({ currentPassword: '', newPassword: 'short', confirmPassword: 'short' })).toEqual({
      currentPassword: expect.objectContaining({ key: 'account.check.required' }),
      newPassword: expect.objectContaining({ key: 'account.check.tooShort', params: { min: 10 } }),
    });
    expect(checkPasswordChange({ currentPassword: 'old one', newPassword: 'a new long one', confirmPassword: 'a new long 1' })).toEqual({
      confirmPassword: { key: 'account.password.mismatch', text: expect.any(String) },
    });
    expect(checkPasswordChange({ currentPassword: 'old one', newPassword: 'a new long one', confirmPassword: 'a new long one' })).toEqual({});
  });

  it('shows a wrong current password under the current password, not as a lost session', () => {
    const wrong = new ApiError({ code: 'UNAUTHENTICATED', key: 'errors.wrongCredentials', message: 'The e-mail or password is wrong.' }, 'auth.changePassword');
    expect(formErrors(wrong, PASSWORD_FIELDS)).toEqual({
      fields: { currentPassword: { key: 'account.password.wrongCurrent', text: 'The e-mail or password is wrong.' } },
      general: null,
    });
  });
});
