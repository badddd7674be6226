import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { isMethodName } from '../core/contract';
import type { Dispatch } from '../core/dispatcher';
import { AppError, HTTP_STATUS, fail, type Envelope } from '../core/errors';
import type { Db } from '../db';
import { registerEvents, type EventsOptions } from './events';
import { createMetrics } from './metrics';
import { buildOpenApi } from './openapi';
import { registerReports } from './reports';

export interface ServerDeps {
  dispatch: Dispatch;
  db: Db;
  version: string;
  /** Folder with the renderer's web build; served at `/` when present. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
  /** Behind a reverse proxy: which proxies to believe about the client's address (rate limits use it). */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Server-sent events (`GET /api/v1/events`): the hub that hears committed changes. */
  events?: EventsOptions;
}

const BODY_LIMIT = 1024 * 1024;

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

function errorReply(code: AppError['code'], message: string, key: string): Envelope<never> {
  return fail(new AppError(code, message, { key }).toBody());
}

/** The HTTP adapter: POST /api/v1/<method> → the same dispatcher and envelope as IPC. */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    genReqId: () => uuidv7(),
    requestIdHeader: 'x-request-id',
  });
  const metrics = createMetrics();
  const openApi = buildOpenApi(deps.version);

  // Empty JSON bodies mean "no input"; broken JSON is a VALIDATION error like any other.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body).trim();
    if (text === '') return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      done(Object.assign(new Error('The request body is not valid JSON.'), { statusCode: 400, code: 'ROOMLY_BAD_JSON' }), undefined);
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ route, status: String(reply.statusCode) });
    metrics.duration.observe({ route }, reply.elapsedTime / 1000);
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.code(413).send(errorReply('VALIDATION', 'The request is too large.', 'errors.tooLarge'));
    }
    if (status === 415) {
      return reply.code(400).send(errorReply('VALIDATION', 'Send the input as JSON (Content-Type: application/json).', 'errors.notJson'));
    }
    if (status >= 400 && status < 500) {
      return reply.code(400).send(errorReply('VALIDATION', error.message, 'errors.badRequest'));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorReply('INTERNAL', 'Something went wrong on our side. Please try again.', 'errors.INTERNAL'));
  });

  app.post<{ Params: { method: string } }>('/api/v1/:method', async (request, reply) => {
    const { method } = request.params;
    const envelope = await deps.dispatch(method, request.body, {
      token: bearerToken(request.headers.authorization),
      requestId: String(request.id),
      clientAddress: request.ip,
    });
    const outcome = envelope.ok ? 'ok' : envelope.error.code;
    metrics.calls.inc({ method: isMethodName(method) ? method : 'unknown', outcome });
    reply.header('x-request-id', request.id);
    if (!envelope.ok) {
      const retryAfter = envelope.error.details?.['retryAfterS'];
      if (typeof retryAfter === 'number') reply.header('retry-after', String(Math.ceil(retryAfter)));
    }
    return reply.code(envelope.ok ? 200 : HTTP_STATUS[envelope.error.code]).send(envelope);
  });

  app.get('/api/v1/openapi.json', async () => openApi);
  registerReports(app, deps.dispatch);

  app.get('/health', async (_request, reply) => {
    try {
      await deps.db.sequelize.query('SELECT 1');
      return { status: 'ok', database: deps.db.dialect, version: deps.version };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: deps.db.dialect, version: deps.version });
    }
  });

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  if (deps.events) registerEvents(app, deps.events);
  await registerWeb(app, deps.webRoot);
  return app;
}

/** Serves the web console; any other unknown path under /api answers NOT_FOUND as an envelope. */
async function registerWeb(app: FastifyInstance, webRoot: string | undefined) {
  const hasWeb = Boolean(webRoot && existsSync(path.join(webRoot, 'index.html')));
  if (hasWeb && webRoot) {
    await app.register(fastifyStatic, { root: path.resolve(webRoot), prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply
        .code(404)
        .send(errorReply('NOT_FOUND', `Nothing is served at ${request.method} ${request.url.split('?')[0]}.`, 'errors.notFound'));
    }
    if (hasWeb && request.method === 'GET') return reply.sendFile('index.html');
    return reply
      .code(404)
      .type('text/plain; charset=utf-8')
      .send(hasWeb ? 'Not found.' : 'The web console is not built. Run "npm run build:web" and restart the server.');
  });
}
