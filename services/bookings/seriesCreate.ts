import type { Transaction } from 'sequelize';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { ZCreateSeriesInput, ZSeriesOutcome } from '../../core/contract/bookings';
import { AppError, forbidden } from '../../core/errors';
import { decide, expandSeries, parseRRule, type Acceptance, type Occupant, type Violation } from '../../core/rules';
import type { BookingSeries } from '../../db';
import type { Ctx } from '../context';
import { mutate, type AuditNote } from '../mutate';
import { expireStaleHolds } from './advance';
import { acceptedFields, ruleVersionsData } from './create';
import { buffersOf, requestOf, withOverlapExplained, type Proposal } from './decide';
import { activeCount, DAY, loadOccupants, loadRoomFor, MINUTE, ensureRuleVersion, type LoadedRoom } from './load';
import { bookingChange } from './notify';
import { actorOf, organizerFor } from './policy';
import { refusalCode, toMessage } from './refusal';
import { headcount, insertBooking, normalizeAttendees, type BookingRecord } from './rows';
import { viewsOf } from './view';

/**
 * A recurring series: the RRULE is expanded in the office's time zone, every occurrence is judged
 * by the engine (with the ones before it counted as booked), and conflicting occurrences are
 * listed — the series is refused, or created without them only when the caller says so.
 */
export type SeriesInput = z.output<typeof ZCreateSeriesInput>;
type SeriesOutcome = z.input<typeof ZSeriesOutcome>;

export interface Judged {
  accepted: { p: Proposal; decision: Acceptance }[];
  skipped: { p: Proposal; violations: Violation[] }[];
}

const asOccupant = (p: Proposal, d: Acceptance): Occupant => ({
  kind: 'booking',
  id: `new-${p.start.toISOString()}`,
  roomId: p.room.engine.id,
  start: p.start,
  end: p.end,
  bufferBeforeMin: d.bufferBeforeMin,
  bufferAfterMin: d.bufferAfterMin,
  status: d.status,
  holdExpiresAt: d.holdExpiresAt,
});

/**
 * Judges proposals in one room in order; `without` are bookings that move with them (their old
 * places do not count), `activeBase` the organizer's active bookings apart from those.
 */
export async function judgeAll(
  ctx: Ctx,
  t: Transaction,
  proposals: readonly Proposal[],
  without: ReadonlySet<string>,
  activeBase?: number,
): Promise<Judged & { occupants: Occupant[] }> {
  const first = proposals[0];
  if (!first) return { accepted: [], skipped: [], occupants: [] };
  const { before, after } = buffersOf(first);
  const from = Math.min(...proposals.map((p) => p.start.getTime())) - (before + 1) * MINUTE - DAY;
  const to = Math.max(...proposals.map((p) => p.end.getTime())) + (after + 1) * MINUTE + DAY;
  const loaded = await loadOccupants(ctx.store.db, [first.room.engine.id], from, to, t);
  const occupants = loaded.filter((o) => !without.has(o.id));
  const base = activeBase ?? (await activeCount(ctx.store.db, first.organizerId, ctx.now, null, t));
  const judged: Judged = { accepted: [], skipped: [] };
  const added: Occupant[] = [];
  for (const p of proposals) {
    const request = requestOf(p, base + judged.accepted.length);
    const decision = decide({ room: p.room.engine, existing: [...occupants, ...added], request }, ctx.now);
    if (decision.ok) {
      judged.accepted.push({ p, decision });
      added.push(asOccupant(p, decision));
    } else judged.skipped.push({ p, violations: decision.violations });
  }
  return { ...judged, occupants: loaded };
}

/** The refusal of a series: how many occurrences fail, each with its reasons. */
export function seriesRefusal(skipped: Judged['skipped'], total: number): AppError {
  const all = skipped.flatMap((s) => s.violations);
  const code = refusalCode(all);
  const lines = skipped.slice(0, 5).map((s) => `${s.p.start.toISOString()}: ${s.violations.map((v) => v.message).join(' ')}`);
  const more = skipped.length > 5 ? ` And ${skipped.length - 5} more.` : '';
  const message = `${skipped.length} of ${total} occurrences cannot be booked. ${lines.join(' ')}${more}`;
  return new AppError(code, message, {
    key: code === 'CONFLICT' ? 'errors.seriesConflict' : 'errors.seriesRuleViolation',
    params: { count: skipped.length, total },
    details: {
      violations: all.map(toMessage),
      alternatives: [],
      conflicts: skipped.map((s) => ({
        start: s.p.start.toISOString(),
        end: s.p.end.toISOString(),
        code: refusalCode(s.violations),
        violations: s.violations.map(toMessage),
      })),
    },
  });
}

const badSeries = (message: string) => new AppError('VALIDATION', message, { key: 'rules.invalidSeries' });

/** The RRULE body, checked: it must end (COUNT or UNTIL), so no one holds a room forever. */
export function boundedRRule(text: string): string {
  const options = parseRRule(text);
  if (!options.count && !options.until) throw badSeries('A series needs an end: add COUNT or UNTIL to the RRULE.');
  return text.trim().replace(/^RRULE:/i, '');
}

export const seriesView = (s: BookingSeries) => ({
  id: s.id,
  roomId: s.roomId,
  organizerId: s.organizerId,
  rrule: s.rrule,
  timeZone: s.timeZone,
  firstStart: new Date(s.firstStart).toISOString(),
  durationMin: s.durationMin,
  exdates: [...(s.exdates ?? [])],
  until: s.until ? new Date(s.until).toISOString() : null,
});

const TEN_YEARS_MS = 3660 * DAY;

/** The occurrences of the requested series, each a proposal for the engine. */
function proposalsOf(input: SeriesInput, room: LoadedRoom, base: Omit<Proposal, 'room' | 'start' | 'end'>) {
  const start = new Date(input.start);
  const durationMin = (new Date(input.end).getTime() - start.getTime()) / MINUTE;
  if (!Number.isInteger(durationMin) || durationMin <= 0) throw badSeries('A series needs an end after its start, in whole minutes.');
  const rrule = boundedRRule(input.rrule);
  const spec = { rrule, firstStart: start, timeZone: room.engine.timeZone, durationMin };
  const occurrences = expandSeries(spec, start, new Date(start.getTime() + TEN_YEARS_MS));
  if (occurrences.length === 0) throw badSeries('The RRULE gives no occurrence on or after the start.');
  const proposals: Proposal[] = occurrences.map((o) => ({ ...base, room, start: o.start, end: o.end }));
  return { spec, proposals };
}

/** The series row (skipped occurrences remembered as exceptions) and one booking per accepted occurrence. */
async function insertSeries(ctx: Ctx, t: Transaction, input: SeriesInput, spec: SeriesSpecRow, judged: Judged) {
  const first = judged.accepted[0]!.p;
  const { room, organizerId, actor } = first;
  const series = await ctx.store.db.models.BookingSeries.create(
    {
      id: uuidv7(),
      roomId: room.engine.id,
      organizerId,
      ...spec,
      exdates: judged.skipped.map((s) => s.p.start.toISOString()),
      until: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    },
    { transaction: t, silent: true },
  );
  const attendees = normalizeAttendees(organizerId, input.attendeeIds, input.attendeeEmails);
  const rows: BookingRecord[] = [];
  for (const { p, decision } of judged.accepted) {
    const fields = {
      roomId: room.engine.id,
      organizerId,
      createdById: actor.userId ?? organizerId,
      title: input.title,
      description: input.description ?? '',
      isPrivate: input.isPrivate ?? false,
      startAt: p.start,
      endAt: p.end,
      source: input.source ?? ('console' as const),
      seriesId: series.id,
      recurrenceStart: p.start,
      ...acceptedFields(decision, room),
    };
    rows.push(await insertBooking(ctx, t, fields, attendees));
  }
  return { series, rows };
}

type SeriesSpecRow = { rrule: string; timeZone: string; firstStart: Date; durationMin: number };

async function writeSeries(ctx: Ctx, t: Transaction, input: SeriesInput, organizerId: string, keep: (p: Proposal[]) => void) {
  const actor = actorOf(ctx);
  const room = await loadRoomFor(ctx, input.roomId, t);
  const attendeeCount = headcount(normalizeAttendees(organizerId, input.attendeeIds, input.attendeeEmails));
  const { spec, proposals } = proposalsOf(input, room, { organizerId, actor, attendeeCount, amenities: input.amenities });
  const judged = await judgeAll(ctx, t, proposals, new Set());
  if (judged.skipped.length && (!input.skipConflicts || judged.accepted.length === 0)) {
    throw seriesRefusal(judged.skipped, proposals.length);
  }
  keep(judged.accepted.map((a) => a.p));
  await ensureRuleVersion(ctx.store.db, room, ctx.now, t);
  const stale = await expireStaleHolds(ctx, t, judged.occupants, room.engine.officeId);
  const specRow = { rrule: spec.rrule, timeZone: spec.timeZone, firstStart: spec.firstStart, durationMin: spec.durationMin };
  const { series, rows } = await insertSeries(ctx, t, input, specRow, judged);
  const skipped = judged.skipped.map((s) => ({
    start: s.p.start.toISOString(),
    end: s.p.end.toISOString(),
    code: refusalCode(s.violations),
    violations: s.violations.map(toMessage),
  }));
  const data = { rrule: spec.rrule, created: rows.length, skipped, ...ruleVersionsData(room) };
  const audit: AuditNote[] = [
    ...stale.audit,
    { action: 'series.create', entityType: 'series', entityId: series.id, data },
    ...rows.map((r) => ({ action: 'booking.create', entityType: 'booking', entityId: r.id, data: { seriesId: series.id } })),
  ];
  const value: SeriesOutcome = { series: seriesView(series), bookings: await viewsOf(ctx.store.db, rows, actor, t), skipped };
  return { value, audit, changes: [...stale.changes, ...rows.map((r) => bookingChange(r.id, room.engine.officeId))] };
}

export async function createSeries(ctx: Ctx, input: SeriesInput): Promise<SeriesOutcome> {
  const actor = actorOf(ctx);
  if (actor.deviceId) throw forbidden('A door tablet cannot book a series.');
  const organizerId = organizerFor(actor, input.organizerId);
  let proposals: Proposal[] = [];
  return withOverlapExplained(
    ctx,
    () => mutate(ctx, (t) => writeSeries(ctx, t, input, organizerId, (p) => (proposals = p))),
    () => proposals,
  );
}
