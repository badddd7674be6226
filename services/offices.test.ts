import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './testkit';

let h: Harness;
let admin: string;

const WEEKDAYS_9_TO_18 = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '18:00']]]));

beforeAll(async () => {
  h = await startHarness();
  admin = (await h.tokenFor('admin')).token;
});
afterAll(() => h?.close());

/** The failing fields of a refused call, as the envelope names them. */
async function failingFields(method: string, input: unknown): Promise<{ code: string; paths: string[] }> {
  const result = await h.call(method, input, admin);
  if (result.ok) throw new Error(`${method} was accepted`);
  const fields = (result.error.details?.['fields'] ?? []) as { path: string }[];
  return { code: result.error.code, paths: fields.map((f) => f.path) };
}

describe('offices', () => {
  it('creates an office with its time zone, working hours and holidays, and lists it', async () => {
    const office = await h.value('offices.create', { name: 'Tbilisi', timeZone: 'Asia/Tbilisi', workingHours: { ...WEEKDAYS_9_TO_18, sat: [], sun: [] }, holidays: ['2026-05-26'] }, admin);
    expect(office).toMatchObject({ name: 'Tbilisi', timeZone: 'Asia/Tbilisi', holidays: ['2026-05-26'] });
    expect(office.workingHours.mon).toEqual([['09:00', '18:00']]);
    expect(office.workingHours.sat).toEqual([]);
    expect((await h.value('offices.list', {}, admin)).map((o: { name: string }) => o.name)).toContain('Tbilisi');
  });

  it('refuses working hours that close before they open, or overlap, naming the day', async () => {
    const before = (await h.value('offices.list', {}, admin)).length;
    expect(await failingFields('offices.create', { name: 'Backwards', timeZone: 'Europe/Berlin', workingHours: { mon: [['18:00', '09:00']] } })).toEqual({ code: 'VALIDATION', paths: ['workingHours.mon.0'] });
    expect(await failingFields('offices.create', { name: 'Overlapping', timeZone: 'Europe/Berlin', workingHours: { tue: [['09:00', '13:00'], ['12:00', '18:00']] } })).toEqual({ code: 'VALIDATION', paths: ['workingHours.tue'] });
    expect(await failingFields('offices.create', { name: 'Mars', timeZone: 'Mars/Olympus' })).toEqual({ code: 'VALIDATION', paths: ['timeZone'] });
    expect((await h.value('offices.list', {}, admin)).length).toBe(before);
  });

  it('refuses an update whose hours close before they open, and keeps the office as it was', async () => {
    const office = await h.value('offices.create', { name: 'Kutaisi', timeZone: 'Asia/Tbilisi', workingHours: WEEKDAYS_9_TO_18 }, admin);
    expect(await failingFields('offices.update', { id: office.id, workingHours: { fri: [['17:00', '10:00']] } })).toEqual({ code: 'VALIDATION', paths: ['workingHours.fri.0'] });
    const after = (await h.value('offices.list', {}, admin)).find((o: { id: string }) => o.id === office.id);
    expect(after.workingHours.fri).toEqual([['09:00', '18:00']]);
  });

  it('renames an office and changes only the fields it is given', async () => {
    const office = await h.value('offices.create', { name: 'Batumi', timeZone: 'Asia/Tbilisi', holidays: ['2026-01-07'] }, admin);
    const renamed = await h.value('offices.update', { id: office.id, name: 'Batumi Seaside' }, admin);
    expect(renamed).toMatchObject({ name: 'Batumi Seaside', timeZone: 'Asia/Tbilisi', holidays: ['2026-01-07'] });
    expect(renamed.workingHours).toEqual(office.workingHours);
  });

  it('refuses a second office with a name already taken, in any letter case, naming the field', async () => {
    await h.value('offices.create', { name: 'Ереван', timeZone: 'Asia/Yerevan' }, admin);
    expect(await failingFields('offices.create', { name: 'ЕРЕВАН', timeZone: 'Asia/Yerevan' })).toEqual({ code: 'CONFLICT', paths: ['name'] });
    const other = await h.value('offices.create', { name: 'Gyumri', timeZone: 'Asia/Yerevan' }, admin);
    expect(await failingFields('offices.update', { id: other.id, name: 'ереван' })).toEqual({ code: 'CONFLICT', paths: ['name'] });
    // Keeping one's own name (or changing only its case) is not a clash.
    expect(await h.value('offices.update', { id: other.id, name: 'GYUMRI' }, admin)).toMatchObject({ name: 'GYUMRI' });
  });

  it('is for admins only', async () => {
    const manager = (await h.tokenFor('facility_manager')).token;
    expect(await h.code('offices.create', { name: 'Mine', timeZone: 'Europe/Berlin' }, manager)).toBe('FORBIDDEN');
  });
});
