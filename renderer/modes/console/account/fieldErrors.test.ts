import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZPassword } from '../../../../core/contract';
import { ApiError, type ApiErrorBody } from '../../../api/ApiError';
import { i18n, initI18n } from '../../../i18n';
import { checkFields, fieldText, formErrors, type FieldMap } from './fieldErrors';

type Field = 'email' | 'password' | 'code';
const MAP: FieldMap<Field> = {
  paths: { email: 'email', password: 'password', invitationCode: 'code' },
  errors: { 'errors.emailTaken': 'email', 'errors.registrationClosed': { field: 'code', key: 'account.register.codeRequired' } },
};
const apiError = (body: Partial<ApiErrorBody> & Pick<ApiErrorBody, 'code'>) =>
  new ApiError({ message: 'Server sentence.', key: `errors.${body.code}`, ...body }, 'auth.register');

describe('formErrors: the envelope placed on the form', () => {
  it('puts each failing input path of a VALIDATION error under its field, first message kept', () => {
    const error = apiError({
      code: 'VALIDATION',
      details: {
        fields: [
          { path: 'password', message: 'Use at least 10 characters.' },
          { path: 'password', message: 'A second complaint.' },
          { path: 'invitationCode', message: 'Too short.' },
        ],
      },
    });
    expect(formErrors(error, MAP)).toEqual({
      fields: { password: { text: 'Use at least 10 characters.' }, code: { text: 'Too short.' } },
      general: null,
    });
  });

  it('reads a nested path by its first segment', () => {
    const error = apiError({ code: 'VALIDATION', details: { fields: [{ path: 'email.0', message: 'Bad.' }] } });
    expect(formErrors(error, MAP).fields).toEqual({ email: { text: 'Bad.' } });
  });

  it('keeps the whole error for the alert when an issue belongs to no field', () => {
    const error = apiError({ code: 'VALIDATION', details: { fields: [{ path: 'email', message: 'Bad.' }, { path: '(input)', message: 'Unknown key.' }] } });
    expect(formErrors(error, MAP)).toEqual({ fields: { email: { text: 'Bad.' } }, general: error });
  });

  it('does not take inherited names such as "constructor" for fields', () => {
    const error = apiError({ code: 'VALIDATION', details: { fields: [{ path: 'constructor', message: 'Odd.' }] } });
    expect(formErrors(error, MAP)).toEqual({ fields: {}, general: error });
  });

  it('treats VALIDATION without readable field details as general', () => {
    const error = apiError({ code: 'VALIDATION', details: { fields: 'password' } });
    expect(formErrors(error, MAP)).toEqual({ fields: {}, general: error });
  });

  it('places a known refusal on the field it is about, with its own key or the words the form chose', () => {
    const taken = apiError({ code: 'CONFLICT', key: 'errors.emailTaken', message: 'An account with this e-mail address already exists.' });
    expect(formErrors(taken, MAP)).toEqual({
      fields: { email: { key: 'errors.emailTaken', text: 'An account with this e-mail address already exists.' } },
      general: null,
    });
    const closed = apiError({ code: 'FORBIDDEN', key: 'errors.registrationClosed', message: 'Registration is by invitation only.' });
    expect(formErrors(closed, MAP).fields).toEqual({ code: { key: 'account.register.codeRequired', text: 'Registration is by invitation only.' } });
  });

  it('leaves other refusals, offline answers and plain exceptions to the alert', () => {
    const limited = apiError({ code: 'RATE_LIMITED', key: 'errors.rateLimited', params: { seconds: 4 } });
    expect(formErrors(limited, MAP)).toEqual({ fields: {}, general: limited });
    const offline = apiError({ code: 'OFFLINE' });
    expect(formErrors(offline, MAP)).toEqual({ fields: {}, general: offline });
    const crash = new Error('boom');
    expect(formErrors(crash, MAP)).toEqual({ fields: {}, general: crash });
    expect(formErrors(null, MAP)).toEqual({ fields: {}, general: null });
  });
});

describe("checkFields: the contract's rules before sending", () => {
  const schema = z.object({ email: z.email(), password: ZPassword, invitationCode: z.string().trim().min(4).optional() }).strict();

  it('says what is wrong with each field, in words with the limits', () => {
    expect(checkFields(schema, { email: 'not an address', password: 'short', invitationCode: 'ab' }, MAP)).toEqual({
      email: { key: 'account.check.email', text: expect.any(String) },
      password: { key: 'account.check.tooShort', params: { min: 10 }, text: 'Use at least 10 characters.' },
      code: { key: 'account.check.tooShort', params: { min: 4 }, text: expect.any(String) },
    });
  });

  it('reports the upper limit of a password that is too long', () => {
    expect(checkFields(schema, { email: 'a@example.com', password: 'я'.repeat(1025) }, MAP).password).toMatchObject({
      key: 'account.check.tooLong',
      params: { max: 1024 },
    });
  });

  it('calls an empty required field required rather than too short', () => {
    const named = z.object({ email: z.string().trim().min(1) });
    expect(checkFields(named, { email: '   ' }, MAP).email).toMatchObject({ key: 'account.check.required' });
    expect(checkFields(named, {}, MAP).email).toMatchObject({ key: 'account.check.required' });
  });

  it('finds nothing to say about valid input', () => {
    expect(checkFields(schema, { email: 'a@example.com', password: 'long enough now' }, MAP)).toEqual({});
  });
});

describe('fieldText', () => {
  initI18n();

  it('translates the key with its parameters, in the current language', async () => {
    await i18n.changeLanguage('ru');
    expect(fieldText({ key: 'account.check.tooShort', params: { min: 10 }, text: 'x' }, i18n.t)).toBe('Нужно не меньше 10 символов.');
    await i18n.changeLanguage('en');
    expect(fieldText({ key: 'account.check.tooShort', params: { min: 10 }, text: 'x' }, i18n.t)).toBe('Use at least 10 characters.');
  });

  it("falls back to the server's sentence for an unknown key or a missing parameter", () => {
    expect(fieldText({ key: 'errors.somethingNew', text: 'Server sentence.' }, i18n.t)).toBe('Server sentence.');
    expect(fieldText({ key: 'account.check.tooShort', text: 'Server sentence.' }, i18n.t)).toBe('Server sentence.');
    expect(fieldText({ text: 'Server sentence.' }, i18n.t)).toBe('Server sentence.');
    expect(fieldText(undefined, i18n.t)).toBeUndefined();
  });
});
