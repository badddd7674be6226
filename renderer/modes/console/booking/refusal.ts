import type { TFunction } from 'i18next';
import { z } from 'zod';
import { ZAlternative, ZRuleMessage, type AlternativeView, type RuleMessage } from '../../../../core/contract/bookings';
import { isApiError } from '../../../api/ApiError';
import { errorText } from '../../../i18n';
import { formatDayShort, formatSpan, formatWhen, localDay } from './officeTime';

/**
 * A refusal read for a person at a desk: every violated rule as a sentence in their language (the
 * server's English sentence only for a rule the console has no words for), the engine's
 * alternatives to offer as buttons, and for a series the occurrences that could not be booked.
 */
export interface Refusal {
  /** One sentence per violated rule, in order, without repeats. */
  reasons: string[];
  alternatives: AlternativeView[];
  /** A recurring series: which occurrences failed (empty otherwise). */
  occurrences: { when: string; reasons: string[] }[];
  /** True when the server refused because of the rules (not a network or permission failure). */
  isRuleRefusal: boolean;
}

const ZConflict = z.object({ start: z.string(), end: z.string(), violations: z.array(ZRuleMessage).catch([]) });
const ZDetails = z.object({
  violations: z.array(ZRuleMessage).catch([]),
  alternatives: z.array(ZAlternative).catch([]),
  conflicts: z.array(ZConflict).catch([]),
});

const PLACEHOLDER = /\{\{\s*[\w.]+\s*\}\}/;

export interface TextContext {
  t: TFunction;
  timeZone: string;
  locale: string;
}

/** Parameters the console formats itself: spans in the office's zone, role names translated. */
function localParams(v: RuleMessage, { t, timeZone, locale }: TextContext): Record<string, string | number> {
  const params: Record<string, string | number> = { ...v.params };
  const { from, to } = v.params;
  if (typeof from === 'string' && typeof to === 'string') {
    const sameDay = localDay(Date.parse(from), timeZone) === localDay(Date.parse(to) - 1, timeZone);
    params.span = sameDay ? formatSpan(from, to, timeZone, locale) : `${formatWhen(from, from, timeZone, locale)} – ${formatWhen(to, to, timeZone, locale)}`;
  }
  for (const name of ['allowed', 'role'] as const) {
    const value = v.params[name];
    if (typeof value === 'string' && value) {
      params[name] = value
        .split(',')
        .map((role) => t(`roles.${role}`, { defaultValue: role }))
        .join(', ');
    }
  }
  if (typeof v.params.status === 'string') params.status = t(`booking.status.${v.params.status}`, { defaultValue: v.params.status });
  if (typeof v.params.lastDay === 'string') params.lastDay = formatDayShort(v.params.lastDay, timeZone, locale);
  return params;
}

/** Some rules read better in two forms: with the buffer, with the block's reason. */
function variantOf(v: RuleMessage): string {
  if (v.code === 'occupied' && Number(v.params.bufferMin) > 0) return 'occupiedBuffer';
  if (v.code === 'blocked' && v.params.title) return 'blockedReason';
  return v.code;
}

/** One violated rule as a sentence: our translation when we have one, else the server's words. */
export function violationText(v: RuleMessage, context: TextContext): string {
  const key = `booking.rules.${variantOf(v)}`;
  const text = context.t(key, { ...localParams(v, context), defaultValue: '' });
  return text && text !== key && !PLACEHOLDER.test(text) ? text : v.message;
}

const unique = (items: string[]) => [...new Set(items)];

/** Reads any failure of a booking call. */
export function readRefusal(error: unknown, context: TextContext): Refusal {
  const parsed = isApiError(error) ? ZDetails.safeParse(error.details) : null;
  const details = parsed?.success ? parsed.data : { violations: [], alternatives: [], conflicts: [] };
  const isRuleRefusal = isApiError(error) && (error.code === 'RULE_VIOLATION' || error.code === 'CONFLICT');
  const reasons = unique(details.violations.map((v) => violationText(v, context)));
  const occurrences = details.conflicts.map((c) => ({
    when: formatWhen(c.start, c.end, context.timeZone, context.locale),
    reasons: unique(c.violations.map((v) => violationText(v, context))),
  }));
  return {
    reasons: reasons.length && !occurrences.length ? reasons : occurrences.length ? [] : [errorText(error, context.t)],
    alternatives: details.alternatives,
    occurrences,
    isRuleRefusal,
  };
}

/** "Юг, 14:00–15:00" (with the day when it differs from the one asked for). */
export function alternativeLabel(a: AlternativeView, askedDay: string, timeZone: string, locale: string): string {
  const day = localDay(Date.parse(a.start), timeZone);
  const when = day === askedDay ? formatSpan(a.start, a.end, timeZone, locale) : formatWhen(a.start, a.end, timeZone, locale);
  return `${a.roomName}, ${when}`;
}
