import { v7 as uuidv7 } from 'uuid';
import type { Input, MethodName, Output } from '../../core/contract';
import { createDispatcher, type Dispatch } from '../../core/dispatcher';
import type { Amenity, Caller, Role, WorkingHours } from '../../core/domain';
import { unauthenticated, type ErrorBody } from '../../core/errors';
import type { RulesPatch } from '../../core/rules';
import { openTestDb, type TestDb } from '../../db/testing';
import type { Store } from '../context';
import { createStore, handlers } from '../index';
import { advance } from './advance';

/**
 * A small world for booking scenarios on the real store (SQLite or PostgreSQL, by the test
 * project): offices, rooms and people written directly, every call through the real dispatcher
 * (input and output validated, errors as envelopes) on a clock the test sets. A "token" here is
 * the caller's id; the dispatcher looks the person up as authentication would.
 */
export interface World {
  db: TestDb;
  store: Store;
  dispatch: Dispatch;
  now: Date;
  setNow(iso: string): void;
  office(name: string, timeZone: string, workingHours?: WorkingHours, holidays?: string[]): Promise<string>;
  room(officeId: string, name: string, o?: RoomOptions): Promise<string>;
  user(role: Role, officeId: string | null, name?: string): Promise<string>;
  device(roomId: string): Promise<string>;
  call<M extends MethodName>(method: M, input: Input<M>, as: string): Promise<{ ok: true; value: Output<M> } | { ok: false; error: ErrorBody }>;
  ok<M extends MethodName>(method: M, input: Input<M>, as: string): Promise<Output<M>>;
  fail<M extends MethodName>(method: M, input: Input<M>, as: string): Promise<ErrorBody>;
  setRules(scope: Input<'rules.update'>['scope'], rules: RulesPatch, as: string): Promise<void>;
  advance(): ReturnType<typeof advance>;
  /** Runs `fn` inside a write that is then rolled back: "would this be accepted?" without keeping it. */
  dryRun<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const ROLLBACK = new Error('roll back the dry run');

export interface RoomOptions {
  capacity?: number;
  amenities?: Amenity[];
  allowedRoles?: Role[] | null;
  requiresApproval?: boolean;
  floor?: number | null;
}

const devices = new Map<string, Caller>();

async function authenticateById(token: string, { store }: { store: Store }): Promise<Caller> {
  const device = devices.get(token);
  if (device) return device;
  const user = await store.db.models.User.findByPk(token);
  if (!user || !user.active) throw unauthenticated();
  return { kind: 'user', userId: user.id, role: user.role, officeId: user.officeId ?? null };
}

/** Offices, rooms, people and door tablets, written straight to the store. */
function places(db: TestDb) {
  const { Office, Room, RoomAmenity, Amenity, User } = db.models;
  return {
    office: async (name: string, timeZone: string, workingHours: WorkingHours = {}, holidays: string[] = []) =>
      (await Office.create({ id: uuidv7(), name, timeZone, workingHours, holidays })).id,
    room: async (officeId: string, name: string, o: RoomOptions = {}) => {
      const id = uuidv7();
      await Room.create({ id, officeId, name, capacity: o.capacity ?? 8, floor: o.floor ?? null, allowedRoles: o.allowedRoles ?? null, requiresApproval: o.requiresApproval ?? false });
      const codes = o.amenities ?? [];
      await Amenity.bulkCreate(codes.map((code) => ({ code, label: code })), { ignoreDuplicates: true });
      await RoomAmenity.bulkCreate(codes.map((amenityCode) => ({ roomId: id, amenityCode })));
      return id;
    },
    user: async (role: Role, officeId: string | null, name: string = role) =>
      (await User.create({ id: uuidv7(), email: `${name}.${uuidv7().slice(-8)}@roomly.test`, name, role, officeId })).id,
    device: async (roomId: string) => {
      const token = `device-${uuidv7()}`;
      devices.set(token, { kind: 'device', deviceId: uuidv7(), roomId });
      return token;
    },
  };
}

/** Calls through the dispatcher: the envelope, or its value, or its error. */
function calls(world: World, call: World['call']) {
  return {
    call,
    ok: async (method: MethodName, input: never, as: string) => {
      const r = await call(method, input, as);
      if (!r.ok) throw new Error(`${method} was refused: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    fail: async (method: MethodName, input: never, as: string) => {
      const r = await call(method, input, as);
      if (r.ok) throw new Error(`${method} was accepted: ${JSON.stringify(r.value).slice(0, 300)}`);
      return r.error;
    },
    setRules: async (scope: never, rules: RulesPatch, as: string) => {
      await world.ok('rules.update', { scope, rules, reason: 'Scenario rules.' }, as);
    },
  };
}

async function dryRun<T>(db: TestDb, fn: () => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db
    .write(async () => {
      result = await fn();
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  return result as T;
}

export async function openWorld(nowIso: string): Promise<World> {
  const db = await openTestDb();
  const store = createStore({ db, secret: 'scenario-secret-that-is-long-enough-for-signing' });
  const world = { now: new Date(nowIso) } as World;
  const dispatch = createDispatcher({ handlers, store, authenticate: authenticateById, clock: () => world.now });
  const call: World['call'] = async (method, input, as) => dispatch(method, input, { token: as }) as never;
  Object.assign(world, places(db), calls(world, call), {
    db,
    store,
    dispatch,
    setNow: (iso: string) => (world.now = new Date(iso)),
    advance: () => advance(store, world.now),
    dryRun: <T,>(fn: () => Promise<T>) => dryRun(db, fn),
    close: () => db.cleanup(),
  });
  return world;
}

/** Every day open around the clock: for meetings across midnight. */
export const ALWAYS_OPEN: RulesPatch['workingHours'] = {
  mon: [['00:00', '24:00']],
  tue: [['00:00', '24:00']],
  wed: [['00:00', '24:00']],
  thu: [['00:00', '24:00']],
  fri: [['00:00', '24:00']],
  sat: [['00:00', '24:00']],
  sun: [['00:00', '24:00']],
};

/** Local wall time in Moscow (UTC+3, no daylight saving) as an ISO instant. */
export const msk = (wall: string) => `${wall}:00+03:00`;

/** The Moscow office of the article: «Север» and «Юг», and one person of each role. */
export async function moscowOffice(w: World) {
  const office = await w.office('Moscow', 'Europe/Moscow');
  const sever = await w.room(office, 'Север', { capacity: 10, floor: 3, amenities: ['video'] });
  const yug = await w.room(office, 'Юг', { capacity: 8, floor: 2 });
  const [anna, boris, maria, vera, grigory, egor] = await Promise.all([
    w.user('employee', office, 'Anna'),
    w.user('employee', office, 'Boris'),
    w.user('manager', office, 'Maria'),
    w.user('assistant', office, 'Vera'),
    w.user('facility_manager', office, 'Grigory'),
    w.user('admin', null, 'Egor'),
  ]);
  return { office, sever, yug, anna: anna!, boris: boris!, maria: maria!, vera: vera!, grigory: grigory!, egor: egor! };
}

/** A booking input in a room, from and to Moscow wall times. */
export const meeting = (roomId: string, from: string, to: string, title = 'Meeting') => ({
  roomId,
  start: msk(from),
  end: msk(to),
  title,
});
