import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { openDb, type Db } from '../db';
import { createRoomlyDispatcher, createStore } from '../services';
import { authenticate } from '../services/auth';
import { startAdvancing } from '../services/bookings';
import { ensureFirstAdmin, loadDemoData } from '../services/bootstrap';
import { loadOrCreateSecret } from '../services/secret';
import { buildServer } from './app';
import { createEventsHub } from './events';
import type { ServerConfig } from './config';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** How often the clock's step runs: holds expire, no-shows are released, past bookings complete. */
export const ADVANCE_EVERY_MS = 30_000;

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  db: Db;
  close(): Promise<void>;
}

/** Opens the store, prepares it (first admin, demo data) and listens. */
export async function startServer(config: ServerConfig, clock: () => Date = () => new Date()): Promise<RunningServer> {
  const db = await openDb({ url: config.databaseUrl, file: path.join(config.dataDir, 'roomly.sqlite') });
  try {
    if (config.admin) await ensureFirstAdmin(db, config.admin.email, config.admin.password);
    if (config.seed === 'demo') await loadDemoData(db, clock());
    const secret = loadOrCreateSecret(config.dataDir, config.secret);
    const logger = config.logLevel === 'silent' ? false : { level: config.logLevel };
    const hub = createEventsHub({ db, onError: (err) => app.log.warn({ err }, 'a change could not be announced') });
    // Tokens for the event stream are checked exactly as the dispatcher checks them.
    const tokenStore = createStore({ db, secret });
    const app = await buildServer({
      db,
      version: packageVersion(),
      webRoot: path.join(projectRoot, 'dist', 'web'),
      logger,
      trustProxy: config.trustProxy,
      events: { hub, authenticate: (token) => authenticate(token, { now: clock(), store: tokenStore }) },
      dispatch: createRoomlyDispatcher({
        db,
        secret,
        clock,
        onChange: (change) => hub.publish(change),
        log: {
          info: (obj, msg) => app.log.info(obj, msg),
          warn: (obj, msg) => app.log.warn(obj, msg),
          error: (obj, msg) => app.log.error(obj, msg),
        },
      }),
    });
    await app.listen({ port: config.port, host: config.host });
    const advancing = startAdvancing({
      store: createStore({ db, secret, log: app.log, onChange: (change) => hub.publish(change) }),
      clock,
      intervalMs: ADVANCE_EVERY_MS,
    });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host}:${port}`,
      app,
      db,
      close: async () => {
        await advancing.stop();
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
