import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/ApiError';
import { i18n, initI18n } from '../../../i18n';
import { alternativeLabel, readRefusal } from './refusal';

const MOSCOW = 'Europe/Moscow';
initI18n();

const refusal = new ApiError(
  {
    code: 'CONFLICT',
    message: 'Юг is occupied 11:00–12:00 plus a 10-minute buffer after it and the 10-minute buffer before yours.',
    key: 'rules.conflict',
    details: {
      violations: [
        { code: 'occupied', message: 'Юг is occupied 11:00–12:00 plus buffers.', key: 'rules.occupied', params: { room: 'Юг', span: '11:00–12:00', from: '2026-11-23T08:00:00.000Z', to: '2026-11-23T09:00:00.000Z', bufferMin: 20 } },
        { code: 'somethingNew', message: 'A rule the console has no words for.', key: 'rules.somethingNew', params: {} },
      ],
      alternatives: [{ roomId: '00000000-0000-4000-8000-000000000001', roomName: 'Север', floor: 3, start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z', kind: 'other_room' }],
    },
  },
  'bookings.create',
);

describe('a refusal', () => {
  it('reads every violated rule in the person’s language, on the office clock', async () => {
    await i18n.changeLanguage('ru');
    const read = readRefusal(refusal, { t: i18n.t.bind(i18n), timeZone: MOSCOW, locale: 'ru' });
    expect(read.reasons).toEqual(['Юг занята 11:00–12:00, а между встречами нужно 20 мин перерыва.', 'A rule the console has no words for.']);
    expect(read.isRuleRefusal).toBe(true);
    expect(read.alternatives).toHaveLength(1);
    await i18n.changeLanguage('en');
    expect(readRefusal(refusal, { t: i18n.t.bind(i18n), timeZone: MOSCOW, locale: 'en' }).reasons[0]).toBe(
      'Юг is taken 11:00–12:00, and 20 minutes between meetings are kept free.',
    );
  });

  it('falls back to the error’s own text when there are no details', () => {
    const offline = new ApiError({ code: 'OFFLINE', message: 'No answer.', key: 'errors.OFFLINE' }, 'bookings.create');
    const read = readRefusal(offline, { t: i18n.t.bind(i18n), timeZone: MOSCOW, locale: 'en' });
    expect(read.reasons).toEqual(['Roomly cannot reach the server. Check the network connection and try again.']);
    expect(read.isRuleRefusal).toBe(false);
  });

  it('lists each occurrence of a series that could not be booked', async () => {
    await i18n.changeLanguage('en');
    const series = new ApiError(
      {
        code: 'RULE_VIOLATION',
        message: '1 of 4 occurrences cannot be booked.',
        key: 'errors.seriesRuleViolation',
        details: {
          violations: [],
          alternatives: [],
          conflicts: [{ start: '2026-11-30T08:00:00.000Z', end: '2026-11-30T08:30:00.000Z', code: 'RULE_VIOLATION', violations: [{ code: 'holiday', message: 'x', key: 'rules.holiday', params: { room: 'Юг', days: '2026-11-30' } }] }],
        },
      },
      'bookings.createSeries',
    );
    const read = readRefusal(series, { t: i18n.t.bind(i18n), timeZone: MOSCOW, locale: 'en' });
    expect(read.occurrences).toEqual([{ when: 'Mon, Nov 30, 11:00–11:30', reasons: ['2026-11-30 is a holiday; Юг cannot be booked.'] }]);
  });

  it('labels an alternative with its room and time, and its day when another', () => {
    const a = { roomId: 'x', roomName: 'Юг', floor: 3, start: '2026-11-23T11:00:00.000Z', end: '2026-11-23T12:00:00.000Z', kind: 'other_room' as const };
    expect(alternativeLabel(a, '2026-11-23', MOSCOW, 'ru')).toBe('Юг, 14:00–15:00');
    expect(alternativeLabel(a, '2026-11-24', MOSCOW, 'en')).toBe('Юг, Mon, Nov 23, 14:00–15:00');
  });
});
