import { v7 as uuidv7 } from 'uuid';
import type { Role } from '../core/domain';
import { openTestDb, type TestDb } from '../db/testing';
import { createRoomlyDispatcher, hashPassword } from '../services';
import { buildServer } from './app';

/** A real server on a free loopback port over a fresh test database, for HTTP tests. */
export interface TestServer {
  url: string;
  db: TestDb;
  dispatch: ReturnType<typeof createRoomlyDispatcher>;
  call(method: string, body: unknown, token?: string | null): Promise<{ status: number; body: any; headers: Headers }>;
  addUser(role: Role, email?: string): Promise<{ email: string; password: string; id: string }>;
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';
const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export async function startTestServer(clock?: () => Date): Promise<TestServer> {
  const db = await openTestDb();
  const dispatch = createRoomlyDispatcher({ db, secret: TEST_SECRET, ...(clock ? { clock } : {}) });
  const app = await buildServer({ db, dispatch, version: '0.0.0-test' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const call: TestServer['call'] = async (method, body, token) => {
    const response = await fetch(`${url}/api/v1/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  };

  const addUser: TestServer['addUser'] = async (role, email = `${role}.${uuidv7().slice(-6)}@roomly.test`) => {
    const id = uuidv7();
    const hash = await (passwordHash ??= hashPassword(PASSWORD));
    await db.write((transaction) =>
      db.models.User.create(
        { id, email, name: `Test ${role}`, role, officeId: null, locale: 'en', passwordHash: hash, active: true, tokenVersion: 0 },
        { transaction },
      ),
    );
    return { email, password: PASSWORD, id };
  };

  const login: TestServer['login'] = async (email, password) => {
    const result = await call('auth.login', { email, password });
    if (!result.body.ok) throw new Error(`login failed: ${JSON.stringify(result.body)}`);
    return result.body.value.accessToken as string;
  };

  return {
    url,
    db,
    dispatch,
    call,
    addUser,
    login,
    close: async () => {
      await app.close();
      await db.cleanup();
    },
  };
}
