import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Caller } from '../core/domain';
import type { Db } from '../db';

/**
 * Server-sent events: `GET /api/v1/events` with the usual `Authorization: Bearer` header (browsers
 * read it with fetch streaming; EventSource cannot send headers, and a token in a URL ends up in
 * logs). Every committed change becomes a poke, and the client fetches what it needs again.
 *
 * - A door tablet hears only about its own room, and only that something changed (no ids).
 * - A person hears the changes of their office (admins without an office: every office), and
 *   from every office the changes that reshape the console rather than fill it: offices, rooms,
 *   rule sets and the permission table (anyone may list any office and its rooms). A note names
 *   the entity, its id, its office and the operation, never the data: the client refetches
 *   through the API, whose answers follow the caller's rights.
 * - A comment line every `heartbeatMs` keeps proxies from closing the stream and lets a client
 *   notice a dead connection; each heartbeat re-checks the credential, so a revoked tablet or an
 *   ended session loses its stream within one beat.
 */
export interface ChangeNote {
  entity: string;
  id: string;
  officeId: string | null;
  op: 'upsert' | 'delete';
}

export interface EventsOptions {
  hub: EventsHub;
  /** The caller behind a bearer token; throws when the token is not (or no longer) valid. */
  authenticate(token: string): Promise<Caller>;
  heartbeatMs?: number;
}

interface Subscriber {
  caller: Caller;
  /** The office whose changes a person hears (null: every office); for a tablet, its room's office. */
  officeId: string | null;
  send(event: string, data: unknown): void;
  end(): void;
}

export interface EventsHub {
  /** Hands a committed change to every subscriber allowed to hear about it. Never throws. */
  publish(change: ChangeNote): void;
  subscribe(subscriber: Subscriber): () => void;
  /** The office of a room (for a tablet's subscription). */
  officeOfRoom(roomId: string): Promise<string | null>;
  /** Ends every open stream (the server is stopping). */
  closeAll(): void;
  readonly size: number;
}

/** The room a change is about: a booking's or a block's room, a room itself; null for the rest. */
async function roomOf(db: Db, change: ChangeNote): Promise<string | null> {
  if (change.entity === 'room') return change.id;
  if (change.entity === 'booking') {
    const row = await db.models.Booking.findByPk(change.id, { attributes: ['roomId'] });
    return row?.roomId ?? null;
  }
  if (change.entity === 'block') {
    const row = await db.models.Block.findByPk(change.id, { attributes: ['roomId'] });
    return row?.roomId ?? null;
  }
  return null;
}

/** Changes no door shows; any other change without a room (rules, hours, a deleted block) pokes the office's doors. */
const NOT_FOR_DOORS = new Set(['user', 'device', 'permission']);

/** Changes every signed-in person hears, whatever their office: what the console is built from. */
const FOR_EVERY_OFFICE = new Set(['office', 'room', 'rules', 'permission']);

const isForPerson = (change: ChangeNote, officeId: string | null) =>
  officeId === null || change.officeId === null || change.officeId === officeId || FOR_EVERY_OFFICE.has(change.entity);

export function createEventsHub({ db, onError }: { db: Db; onError?: (error: unknown) => void }): EventsHub {
  const subscribers = new Set<Subscriber>();

  const deliver = (change: ChangeNote, roomId: string | null) => {
    for (const s of subscribers) {
      if (s.caller.kind === 'device') {
        const isOwnRoom = roomId !== null && roomId === s.caller.roomId;
        const isOfficeWide = roomId === null && !NOT_FOR_DOORS.has(change.entity) && change.officeId === s.officeId;
        if (isOwnRoom || isOfficeWide) s.send('change', { entity: change.entity });
      } else if (isForPerson(change, s.officeId)) {
        s.send('change', { entity: change.entity, id: change.id, officeId: change.officeId, op: change.op });
      }
    }
  };

  return {
    publish(change) {
      if (subscribers.size === 0) return;
      roomOf(db, change).then(
        (roomId) => deliver(change, roomId),
        (error: unknown) => onError?.(error),
      );
    },
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    async officeOfRoom(roomId) {
      const room = await db.models.Room.findByPk(roomId, { attributes: ['officeId'] });
      return room?.officeId ?? null;
    },
    closeAll() {
      for (const s of [...subscribers]) s.end();
    },
    get size() {
      return subscribers.size;
    },
  };
}

const bearer = (header: string | undefined): string | null => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? null;

function refuse(reply: FastifyReply, message: string) {
  return reply
    .code(401)
    .send({ ok: false, error: { code: 'UNAUTHENTICATED', message, key: 'errors.UNAUTHENTICATED' } });
}

/** Registers `GET /api/v1/events`. */
export function registerEvents(app: FastifyInstance, options: EventsOptions): void {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  app.addHook('preClose', async () => options.hub.closeAll());

  app.get('/api/v1/events', async (request, reply) => {
    const token = bearer(request.headers.authorization);
    if (!token) return refuse(reply, 'Sign in to continue.');
    let caller: Caller;
    try {
      caller = await options.authenticate(token);
    } catch {
      return refuse(reply, 'Your session has ended. Sign in again.');
    }
    const officeId = caller.kind === 'device' ? await options.hub.officeOfRoom(caller.roomId ?? '') : caller.officeId;

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    let isOpen = true;
    const write = (text: string) => {
      if (isOpen) res.write(text);
    };
    const subscriber: Subscriber = {
      caller,
      officeId,
      send: (event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
      end: () => close(),
    };
    const unsubscribe = options.hub.subscribe(subscriber);
    const beat = setInterval(() => {
      options.authenticate(token).then(
        () => write(`: heartbeat\n\n`),
        () => {
          subscriber.send('ended', {});
          close();
        },
      );
    }, heartbeatMs);
    function close() {
      if (!isOpen) return;
      isOpen = false;
      clearInterval(beat);
      unsubscribe();
      res.end();
    }
    request.raw.on('close', close);
    write(`retry: 2000\n\n`);
    subscriber.send('ready', { heartbeatMs });
  });
}
