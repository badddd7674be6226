import type { Dialect } from '../open';

/**
 * The statements of migration 0004, per dialect. Derived rows are written by triggers; the same
 * derivations run set-wise to fill the tables from what is already stored.
 */

/** Statuses that count in statistics (cancelled, rejected and expired never do). */
const COUNTED = "('pending', 'confirmed', 'released', 'completed')";
const DAY_MS = 86_400_000;
const QUARTER_MS = 900_000;

const msOf = (d: Dialect, col: string) =>
  d === 'postgres' ? `(EXTRACT(EPOCH FROM ${col}) * 1000)::bigint` : `CAST(round(unixepoch(${col}, 'subsec') * 1000) AS INTEGER)`;
const least = (d: Dialect) => (d === 'postgres' ? 'LEAST' : 'MIN');
const greatest = (d: Dialect) => (d === 'postgres' ? 'GREATEST' : 'MAX');

export function tableStatements(d: Dialect): string[] {
  const big = d === 'postgres' ? 'BIGINT' : 'INTEGER';
  return [
    `CREATE TABLE stats_room_days (room_id UUID NOT NULL, day ${big} NOT NULL, bookings ${big} NOT NULL,
      booked_ms ${big} NOT NULL, released ${big} NOT NULL, attended ${big} NOT NULL, heads ${big} NOT NULL,
      PRIMARY KEY (room_id, day))`,
    `CREATE TABLE stats_organizer_days (organizer_id UUID NOT NULL, office_id UUID NOT NULL, day ${big} NOT NULL,
      bookings ${big} NOT NULL, booked_ms ${big} NOT NULL, PRIMARY KEY (organizer_id, office_id, day))`,
    `CREATE TABLE stats_office_quarters (office_id UUID NOT NULL, quarter ${big} NOT NULL, booked_ms ${big} NOT NULL,
      PRIMARY KEY (office_id, quarter))`,
    `CREATE TABLE quarter_steps (n INTEGER NOT NULL PRIMARY KEY)`,
    `INSERT INTO quarter_steps (n) VALUES ${Array.from({ length: 97 }, (_, n) => `(${n})`).join(', ')}`,
  ];
}

export const DERIVED_TABLES = ['participations', 'stats_room_days', 'stats_organizer_days', 'stats_office_quarters'];

/**
 * What one booking row `r` (NEW or OLD, with `sign` +1 or -1) adds to the rollups. Only bookings
 * shorter than a day are rolled up; the queries read longer ones (rare) from the bookings.
 */
function rollupStatements(d: Dialect, r: string, sign: number): string[] {
  const s = msOf(d, `${r}.start_at`);
  const e = msOf(d, `${r}.end_at`);
  const when = `${r}.status IN ${COUNTED} AND ${e} - ${s} < ${DAY_MS}`;
  const released = `CASE WHEN ${r}.status = 'released' THEN 1 ELSE 0 END`;
  const attended = `CASE WHEN ${r}.status <> 'released' AND (${r}.status = 'completed' OR ${r}.check_in_at IS NOT NULL) THEN 1 ELSE 0 END`;
  const add = (t: string, cols: string[]) => cols.map((c) => `${c} = ${t}.${c} + excluded.${c}`).join(', ');
  return [
    `INSERT INTO stats_room_days (room_id, day, bookings, booked_ms, released, attended, heads)
      SELECT ${r}.room_id, ${s} / ${DAY_MS}, ${sign}, ${sign} * (${e} - ${s}), ${sign} * ${released}, ${sign} * ${attended}, ${sign} * ${r}.headcount
      WHERE ${when}
      ON CONFLICT (room_id, day) DO UPDATE SET ${add('stats_room_days', ['bookings', 'booked_ms', 'released', 'attended', 'heads'])}`,
    `INSERT INTO stats_organizer_days (organizer_id, office_id, day, bookings, booked_ms)
      SELECT ${r}.organizer_id, o.office_id, ${s} / ${DAY_MS}, ${sign}, ${sign} * (${e} - ${s})
      FROM (SELECT office_id FROM rooms WHERE id = ${r}.room_id) o
      WHERE ${when}
      ON CONFLICT (organizer_id, office_id, day) DO UPDATE SET ${add('stats_organizer_days', ['bookings', 'booked_ms'])}`,
    `INSERT INTO stats_office_quarters (office_id, quarter, booked_ms)
      SELECT o.office_id, q.quarter, ${sign} * (${least(d)}(q.e, (q.quarter + 1) * ${QUARTER_MS}) - ${greatest(d)}(q.s, q.quarter * ${QUARTER_MS}))
      FROM (SELECT ${s} AS s, ${e} AS e, ${s} / ${QUARTER_MS} + n.n AS quarter FROM quarter_steps n) q,
        (SELECT office_id FROM rooms WHERE id = ${r}.room_id) o
      WHERE ${when} AND q.quarter * ${QUARTER_MS} < q.e
      ON CONFLICT (office_id, quarter) DO UPDATE SET ${add('stats_office_quarters', ['booked_ms'])}`,
  ];
}

const PARTICIPANT_COLUMNS = '(booking_id, user_id, attendee_id, room_id, start_at, end_at, status)';

function participationStatements(r: string, op: 'INSERT' | 'UPDATE'): string[] {
  if (op === 'INSERT') {
    return [`INSERT INTO participations ${PARTICIPANT_COLUMNS} VALUES (${r}.id, ${r}.organizer_id, NULL, ${r}.room_id, ${r}.start_at, ${r}.end_at, ${r}.status)`];
  }
  return [
    `UPDATE participations SET room_id = ${r}.room_id, start_at = ${r}.start_at, end_at = ${r}.end_at, status = ${r}.status,
      user_id = CASE WHEN attendee_id IS NULL THEN ${r}.organizer_id ELSE user_id END WHERE booking_id = ${r}.id`,
  ];
}

function attendeeStatements(r: string, sign: number): string[] {
  if (sign < 0) {
    return [
      `UPDATE bookings SET headcount = headcount - 1 WHERE id = ${r}.booking_id`,
      `DELETE FROM participations WHERE booking_id = ${r}.booking_id AND attendee_id = ${r}.id`,
    ];
  }
  return [
    `UPDATE bookings SET headcount = headcount + 1 WHERE id = ${r}.booking_id`,
    `INSERT INTO participations ${PARTICIPANT_COLUMNS} SELECT b.id, ${r}.user_id, ${r}.id, b.room_id, b.start_at, b.end_at, b.status
      FROM bookings b WHERE b.id = ${r}.booking_id AND ${r}.user_id IS NOT NULL`,
  ];
}

const STATS_COLUMNS = 'room_id, organizer_id, start_at, end_at, status, check_in_at, headcount';

const sqliteTrigger = (name: string, event: string, body: string[]) =>
  `CREATE TRIGGER ${name} AFTER ${event} BEGIN\n${body.map((s) => `${s};`).join('\n')}\nEND`;

const SQLITE_TRIGGERS = [
  'bookings_derived_insert', 'bookings_derived_update', 'bookings_derived_delete',
  'booking_attendees_derived_insert', 'booking_attendees_derived_update', 'booking_attendees_derived_delete',
];

function sqliteTriggers(): string[] {
  const d: Dialect = 'sqlite';
  const [bi, bu, bd, ai, au, ad] = SQLITE_TRIGGERS as [string, string, string, string, string, string];
  return [
    sqliteTrigger(bi, 'INSERT ON bookings', [...participationStatements('NEW', 'INSERT'), ...rollupStatements(d, 'NEW', 1)]),
    sqliteTrigger(bu, `UPDATE OF ${STATS_COLUMNS} ON bookings`, [
      ...participationStatements('NEW', 'UPDATE'), ...rollupStatements(d, 'OLD', -1), ...rollupStatements(d, 'NEW', 1),
    ]),
    sqliteTrigger(bd, 'DELETE ON bookings', rollupStatements(d, 'OLD', -1)),
    sqliteTrigger(ai, 'INSERT ON booking_attendees', attendeeStatements('NEW', 1)),
    sqliteTrigger(au, 'UPDATE OF booking_id, user_id ON booking_attendees', [...attendeeStatements('OLD', -1), ...attendeeStatements('NEW', 1)]),
    sqliteTrigger(ad, 'DELETE ON booking_attendees', attendeeStatements('OLD', -1)),
  ];
}

const plpgsql = (name: string, body: string) =>
  `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n${body}\nRETURN NULL;\nEND $$`;
const block = (cond: string, statements: string[]) => `IF ${cond} THEN\n${statements.map((s) => `${s};`).join('\n')}\nEND IF;`;

function pgTriggers(): string[] {
  const d: Dialect = 'postgres';
  const bookingBody = [
    block("TG_OP = 'INSERT'", participationStatements('NEW', 'INSERT')),
    block("TG_OP = 'UPDATE'", participationStatements('NEW', 'UPDATE')),
    block("TG_OP IN ('UPDATE', 'DELETE')", rollupStatements(d, 'OLD', -1)),
    block("TG_OP IN ('INSERT', 'UPDATE')", rollupStatements(d, 'NEW', 1)),
  ].join('\n');
  const attendeeBody = [
    block("TG_OP IN ('UPDATE', 'DELETE')", attendeeStatements('OLD', -1)),
    block("TG_OP IN ('INSERT', 'UPDATE')", attendeeStatements('NEW', 1)),
  ].join('\n');
  return [
    plpgsql('roomly_booking_derived', bookingBody),
    plpgsql('roomly_attendee_derived', attendeeBody),
    `CREATE TRIGGER bookings_derived AFTER INSERT OR DELETE OR UPDATE OF ${STATS_COLUMNS} ON bookings
      FOR EACH ROW EXECUTE FUNCTION roomly_booking_derived()`,
    `CREATE TRIGGER booking_attendees_derived AFTER INSERT OR DELETE OR UPDATE OF booking_id, user_id ON booking_attendees
      FOR EACH ROW EXECUTE FUNCTION roomly_attendee_derived()`,
  ];
}

export const createTriggerStatements = (d: Dialect): string[] => (d === 'postgres' ? pgTriggers() : sqliteTriggers());

export const dropTriggerStatements = (d: Dialect): string[] =>
  d === 'postgres'
    ? [
        'DROP TRIGGER IF EXISTS bookings_derived ON bookings',
        'DROP TRIGGER IF EXISTS booking_attendees_derived ON booking_attendees',
        'DROP FUNCTION IF EXISTS roomly_booking_derived()',
        'DROP FUNCTION IF EXISTS roomly_attendee_derived()',
      ]
    : SQLITE_TRIGGERS.map((name) => `DROP TRIGGER IF EXISTS ${name}`);

/** Fills the derived tables (emptied first) and the headcounts from the stored bookings. */
export function backfillStatements(d: Dialect): string[] {
  const s = msOf(d, 'start_at');
  const e = msOf(d, 'end_at');
  const when = `status IN ${COUNTED} AND ${e} - ${s} < ${DAY_MS}`;
  return [
    ...DERIVED_TABLES.map((t) => `DELETE FROM ${t}`),
    `UPDATE bookings SET headcount = 1 + (SELECT COUNT(*) FROM booking_attendees a WHERE a.booking_id = bookings.id)`,
    `INSERT INTO participations ${PARTICIPANT_COLUMNS} SELECT id, organizer_id, NULL, room_id, start_at, end_at, status FROM bookings`,
    `INSERT INTO participations ${PARTICIPANT_COLUMNS} SELECT b.id, a.user_id, a.id, b.room_id, b.start_at, b.end_at, b.status
      FROM booking_attendees a JOIN bookings b ON b.id = a.booking_id WHERE a.user_id IS NOT NULL`,
    `INSERT INTO stats_room_days (room_id, day, bookings, booked_ms, released, attended, heads)
      SELECT room_id, ${s} / ${DAY_MS}, COUNT(*), SUM(${e} - ${s}),
        SUM(CASE WHEN status = 'released' THEN 1 ELSE 0 END),
        SUM(CASE WHEN status <> 'released' AND (status = 'completed' OR check_in_at IS NOT NULL) THEN 1 ELSE 0 END),
        SUM(headcount)
      FROM bookings WHERE ${when} GROUP BY room_id, ${s} / ${DAY_MS}`,
    `INSERT INTO stats_organizer_days (organizer_id, office_id, day, bookings, booked_ms)
      SELECT b.organizer_id, r.office_id, ${s} / ${DAY_MS}, COUNT(*), SUM(${e} - ${s})
      FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE ${when.replace(/\bstatus\b/g, 'b.status')}
      GROUP BY b.organizer_id, r.office_id, ${s} / ${DAY_MS}`,
    `INSERT INTO stats_office_quarters (office_id, quarter, booked_ms)
      SELECT r.office_id, b.q0 + n.n, SUM(${least(d)}(b.e, (b.q0 + n.n + 1) * ${QUARTER_MS}) - ${greatest(d)}(b.s, (b.q0 + n.n) * ${QUARTER_MS}))
      FROM (SELECT room_id, ${s} AS s, ${e} AS e, ${s} / ${QUARTER_MS} AS q0 FROM bookings WHERE ${when}) b
      JOIN quarter_steps n ON n.n <= (b.e - 1) / ${QUARTER_MS} - b.q0
      JOIN rooms r ON r.id = b.room_id
      GROUP BY r.office_id, b.q0 + n.n`,
  ];
}
