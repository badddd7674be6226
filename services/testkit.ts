/* eslint-disable @typescript-eslint/no-explicit-any -- tests read loosely typed answers, as server/testServer.ts does */
import { v7 as uuidv7 } from 'uuid';
import type { Session } from '../core/contract/auth';
import type { CallMeta } from '../core/dispatcher';
import type { Role } from '../core/domain';
import type { Envelope } from '../core/errors';
import { openTestDb, type TestDb } from '../db/testing';
import { createRoomlyDispatcher } from './index';
import { hashPassword } from './passwords';

/**
 * Services over a real test database (SQLite or PostgreSQL) with a clock the test moves: no test
 * ever waits in real time. Helpers add people, offices and rooms straight to the store.
 */
export const TEST_SECRET = 'identity-test-secret-long-enough-for-hs256-keys';
export const PASSWORD = 'correct horse battery staple';
export const START = '2026-11-23T09:00:00.000Z';

let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export interface Harness {
  db: TestDb;
  now(): Date;
  /** Moves the clock forward by this many seconds. */
  advance(seconds: number): void;
  call(method: string, input: unknown, token?: string | null, meta?: CallMeta): Promise<Envelope<any>>;
  /** Calls and returns the value, failing the test with the error if the call failed. */
  value(method: string, input: unknown, token?: string | null, meta?: CallMeta): Promise<any>;
  /** The error code of a call that must fail (undefined if it succeeded). */
  code(method: string, input: unknown, token?: string | null, meta?: CallMeta): Promise<string | undefined>;
  addUser(role: Role, options?: { officeId?: string | null; email?: string; active?: boolean }): Promise<TestUser>;
  signIn(user: TestUser, meta?: CallMeta): Promise<Session>;
  /** A new person of this role, signed in; returns their access token. */
  tokenFor(role: Role, options?: { officeId?: string | null }): Promise<{ user: TestUser; token: string; session: Session }>;
  addOffice(name?: string): Promise<string>;
  addRoom(officeId: string, options?: { name?: string; allowedRoles?: Role[] }): Promise<string>;
  close(): Promise<void>;
}

/** Rows written straight to the store, for setting a scene quickly. */
function storeHelpers(db: TestDb): Pick<Harness, 'addUser' | 'addOffice' | 'addRoom'> {
  const addUser: Harness['addUser'] = async (role, options = {}) => {
    const id = uuidv7();
    const email = options.email ?? `${role}.${id.slice(-8)}@roomly.test`;
    const hash = await (passwordHash ??= hashPassword(PASSWORD));
    await db.write((transaction) =>
      db.models.User.create(
        {
          id, email, name: `Test ${role} ${id.slice(-4)}`, role, officeId: options.officeId ?? null, locale: 'en',
          passwordHash: hash, active: options.active ?? true, tokenVersion: 0,
        },
        { transaction },
      ),
    );
    return { id, email, password: PASSWORD };
  };

  const addOffice: Harness['addOffice'] = async (name = `Office ${uuidv7().slice(-6)}`) => {
    const office = await db.write((transaction) =>
      db.models.Office.create({ name, timeZone: 'Europe/Berlin', workingHours: {} }, { transaction }),
    );
    return office.id;
  };

  const addRoom: Harness['addRoom'] = async (officeId, options = {}) => {
    const room = await db.write((transaction) =>
      db.models.Room.create(
        { officeId, name: options.name ?? `Room ${uuidv7().slice(-6)}`, capacity: 6, allowedRoles: options.allowedRoles ?? null },
        { transaction },
      ),
    );
    return room.id;
  };

  return { addUser, addOffice, addRoom };
}

export async function startHarness(): Promise<Harness> {
  const db = await openTestDb();
  let now = new Date(START);
  const dispatch = createRoomlyDispatcher({ db, secret: TEST_SECRET, clock: () => now });

  const call: Harness['call'] = (method, input, token, meta) =>
    dispatch(method, input, { ...meta, token: token ?? null }) as Promise<Envelope<any>>;
  const value: Harness['value'] = async (method, input, token, meta) => {
    const result = await call(method, input, token, meta);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const signIn: Harness['signIn'] = (user, meta) => value('auth.login', { email: user.email, password: user.password }, null, meta);
  const { addUser, addOffice, addRoom } = storeHelpers(db);

  return {
    db,
    now: () => now,
    advance: (seconds) => void (now = new Date(now.getTime() + seconds * 1000)),
    call,
    value,
    code: async (method, input, token, meta) => {
      const result = await call(method, input, token, meta);
      return result.ok ? undefined : result.error.code;
    },
    addUser,
    signIn,
    tokenFor: async (role, options = {}) => {
      const user = await addUser(role, options);
      const session = await signIn(user);
      return { user, token: session.accessToken, session };
    },
    addOffice,
    addRoom,
    close: () => db.cleanup(),
  };
}
