import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { meeting, moscowOffice, msk, openWorld, type World } from './testWorld';

/**
 * When the store itself refuses: on PostgreSQL a booking committed by someone else between our
 * check and our insert trips the exclusion constraint (SQLSTATE 23P01). The refusal must read
 * exactly like the engine's, with the facts and the alternatives.
 */
let w: World;
let o: Awaited<ReturnType<typeof moscowOffice>>;
beforeEach(async () => {
  w = await openWorld(msk('2026-11-23T08:00'));
  o = await moscowOffice(w);
});
afterEach(() => w.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForBlockedWriter(w: World): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [rows] = await w.db.sequelize.query(
      "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (Number((rows as { n: number }[])[0]!.n) > 0) return;
    await sleep(10);
  }
  throw new Error('the booking never waited on the other transaction');
}

describe.runIf(process.env.ROOMLY_TEST_DB === 'postgres')('the exclusion constraint behind the engine', () => {
  it('explains a 23P01 refusal like the engine: occupied 10:00–11:00, with alternatives', async () => {
    let commit!: () => void;
    const gate = new Promise<void>((resolve) => (commit = resolve));
    const { Booking } = w.db.models;
    const other = w.db.sequelize.transaction(async (transaction) => {
      await Booking.create(
        {
          id: uuidv7(),
          roomId: o.sever,
          organizerId: o.boris,
          createdById: o.boris,
          title: 'Sneaked in',
          startAt: new Date(msk('2026-11-25T10:00')),
          endAt: new Date(msk('2026-11-25T11:00')),
          bufferBeforeMin: 10,
          bufferAfterMin: 10,
          status: 'confirmed',
        },
        { transaction },
      );
      await gate;
    });
    const mine = w.call('bookings.create', meeting(o.sever, '2026-11-25T10:30', '2026-11-25T11:30'), o.anna);
    await waitForBlockedWriter(w);
    commit();
    await other;
    const answer = await mine;
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error).toMatchObject({ code: 'CONFLICT', message: 'Север is occupied 10:00–11:00.' });
    const details = answer.error.details as { violations: { code: string }[]; alternatives: unknown[] };
    expect(details.violations.map((v) => v.code)).toEqual(['occupied']);
    expect(details.alternatives.length).toBeGreaterThan(0);
  });
});
