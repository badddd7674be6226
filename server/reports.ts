import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contract, isMethodName, type CsvFile } from '../core/contract';
import type { Dispatch } from '../core/dispatcher';
import { HTTP_STATUS } from '../core/errors';

/**
 * `GET /api/v1/reports/<name>.csv?…`: the `reports.<name>` method as a file download. Query
 * parameters are the method's input (a repeated parameter is a list; numbers and true/false are
 * read as such where the input expects them); the bearer token travels in the header as usual.
 * Errors come back as the JSON envelope with the method's HTTP status.
 */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/** Turns query strings into the shapes the input schema expects. */
export function inputFromQuery(method: string, query: Record<string, string | string[] | undefined>): Record<string, unknown> {
  const schema = isMethodName(method) ? contract[method].input : null;
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  const input: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    const field = shape[key] ? unwrap(shape[key]) : null;
    const values = Array.isArray(raw) ? raw : [raw];
    const read = (v: string): unknown => {
      const inner = field instanceof z.ZodArray ? unwrap(field.element as z.ZodType) : field;
      if (inner instanceof z.ZodNumber && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
      if (inner instanceof z.ZodBoolean && (v === 'true' || v === 'false')) return v === 'true';
      return v;
    };
    input[key] = field instanceof z.ZodArray ? values.map(read) : read(values[values.length - 1]!);
  }
  return input;
}

const bearer = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? null;

export function registerReports(app: FastifyInstance, dispatch: Dispatch): void {
  app.get<{ Params: { name: string }; Querystring: Record<string, string | string[]> }>('/api/v1/reports/:name', async (request, reply) => {
    const name = request.params.name.replace(/\.csv$/, '');
    const method = `reports.${name}`;
    const envelope = await dispatch(method, inputFromQuery(method, request.query), {
      token: bearer(request.headers.authorization),
      requestId: String(request.id),
      clientAddress: request.ip,
    });
    if (!envelope.ok) return reply.code(HTTP_STATUS[envelope.error.code]).send(envelope);
    const file = envelope.value as CsvFile;
    return reply
      .header('content-type', file.mimeType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.content);
  });
}
