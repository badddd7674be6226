import type { TFunction } from 'i18next';
import { z } from 'zod';
import { isApiError } from '../../../api/ApiError';
import { i18n } from '../../../i18n';

/** What to say under one field: an i18n key with its parameters, and the sentence to fall back on. */
export interface FieldMessage {
  key?: string;
  params?: Record<string, string | number>;
  text: string;
}

export type FieldMessages<F extends string> = Partial<Record<F, FieldMessage>>;

/** How a form reads a refusal: which input paths, and which error keys, belong to which field. */
export interface FieldMap<F extends string> {
  /** The first segment of an input path (`password`, `invitationCode`) → the form's field. */
  paths: Readonly<Record<string, F>>;
  /** An error about one field (`errors.emailTaken`) → that field, or that field with other words. */
  errors?: Readonly<Record<string, F | { field: F; key: string }>>;
}

export interface FormErrors<F extends string> {
  fields: FieldMessages<F>;
  /** What no field can show (offline, too many attempts): for the alert above the button. */
  general: unknown;
}

const ZFieldIssues = z.object({ fields: z.array(z.object({ path: z.string(), message: z.string() })).min(1) });

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

const fieldOfPath = <F extends string>(map: FieldMap<F>, path: string) => own(map.paths, path.split('.')[0] ?? '');

/**
 * Places a failed call's error on the form: the envelope's failing fields (VALIDATION) on their
 * fields, a known refusal (a taken address, a wrong code) on the field it is about, and anything
 * else, or any issue no field owns, in `general`.
 */
export function formErrors<F extends string>(error: unknown, map: FieldMap<F>): FormErrors<F> {
  if (!error) return { fields: {}, general: null };
  if (!isApiError(error)) return { fields: {}, general: error };
  const issues = error.code === 'VALIDATION' ? ZFieldIssues.safeParse(error.details) : null;
  if (issues?.success) {
    const fields: FieldMessages<F> = {};
    let isEveryIssuePlaced = true;
    for (const issue of issues.data.fields) {
      const field = fieldOfPath(map, issue.path);
      if (field === undefined) isEveryIssuePlaced = false;
      else fields[field] ??= { text: issue.message };
    }
    return { fields, general: isEveryIssuePlaced ? null : error };
  }
  const target = own(map.errors, error.key);
  if (target === undefined) return { fields: {}, general: error };
  const { field, key } = typeof target === 'string' ? { field: target, key: error.key } : target;
  const message: FieldMessage = { key, text: error.message };
  if (Object.keys(error.params).length > 0) message.params = error.params;
  return { fields: { [field]: message } as FieldMessages<F>, general: null };
}

/** One zod issue in the person's words: required, too short or long, not an e-mail address. */
export function issueMessage(issue: z.core.$ZodIssue): FieldMessage {
  const text = issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'account.check.required', text };
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? { key: 'account.check.required', text }
        : { key: 'account.check.tooShort', params: { min: Number(issue.minimum) }, text };
    case 'too_big':
      return { key: 'account.check.tooLong', params: { max: Number(issue.maximum) }, text };
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'account.check.email', text } : { text };
    default:
      return { text };
  }
}

/**
 * Checks a form's input with the contract's own schema before sending it, so the person sees the
 * service's rules (a password's length, an e-mail's form) under the fields at once. The first
 * issue of each field is kept; issues no field owns are left to the server's answer.
 */
export function checkFields<F extends string>(schema: z.ZodType, input: unknown, map: FieldMap<F>): FieldMessages<F> {
  const result = schema.safeParse(input);
  const fields: FieldMessages<F> = {};
  if (result.success) return fields;
  for (const issue of result.error.issues) {
    const field = fieldOfPath(map, issue.path.map(String).join('.'));
    if (field !== undefined) fields[field] ??= issueMessage(issue);
  }
  return fields;
}

export const hasMessages = (fields: FieldMessages<string>): boolean => Object.values(fields).some(Boolean);

/** The message in the person's language; the server's sentence when there are no words for it. */
export function fieldText(message: FieldMessage | undefined, t: TFunction): string | undefined {
  if (!message) return undefined;
  if (message.key && i18n.exists(message.key)) {
    const text = t(message.key, { ...message.params });
    if (!/\{\{\s*[\w.]+\s*\}\}/.test(text)) return text;
  }
  return message.text;
}
