import type { TFunction } from 'i18next';
import { z } from 'zod';
import { ZAlternative, ZRuleMessage, type AlternativeView, type RuleMessage } from '../../../../core/contract/bookings';
import { errorText } from '../../../i18n';
import type { ApiError } from '../../../api/client';
import { formatSpan } from '../model/format';

/**
 * A refusal read for a visitor: each reason as a plain sentence in their language (the server's
 * English sentence only for a rule the door has no words for), and the engine's alternatives.
 */
export interface RefusalFacts {
  reasons: string[];
  /** Other rooms free now: one tap books them. */
  otherRooms: AlternativeView[];
  /** This room, later: said, not offered (a door books only from now). */
  later: AlternativeView[];
}

const ZDetails = z.object({
  violations: z.array(ZRuleMessage).catch([]),
  alternatives: z.array(ZAlternative).catch([]),
});

const SIMPLE = new Set(['outsideWorkingHours', 'holiday', 'roomMaintenance', 'tooManyActive']);

function reason(v: RuleMessage, t: TFunction, timeZone: string, locale: string): string {
  const room = String(v.params.room ?? '');
  if (v.code === 'occupied' || v.code === 'blocked') {
    const { from, to } = v.params;
    if (typeof from === 'string' && typeof to === 'string') {
      return t(`kiosk.refusal.${v.code}`, { room, span: formatSpan(from, to, timeZone, locale) });
    }
  }
  if (SIMPLE.has(v.code)) return t(`kiosk.refusal.${v.code}`, { room });
  if (v.code === 'tooShort' || v.code === 'tooLong') return t('kiosk.refusal.duration', { room });
  return v.message;
}

export function refusalFacts(error: ApiError, t: TFunction, timeZone: string, locale: string): RefusalFacts {
  const details = ZDetails.safeParse(error.details);
  const violations = details.success ? details.data.violations : [];
  const alternatives = details.success ? details.data.alternatives : [];
  const reasons = violations.map((v) => reason(v, t, timeZone, locale));
  return {
    reasons: reasons.length ? [...new Set(reasons)] : [errorText(error, t)],
    otherRooms: alternatives.filter((a) => a.kind === 'other_room'),
    later: alternatives.filter((a) => a.kind === 'same_room_later'),
  };
}
