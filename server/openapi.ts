import { z } from 'zod';
import { contract, type MethodDef } from '../core/contract';
import { ERROR_CODES, HTTP_STATUS } from '../core/errors';

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });

const errorEnvelope = {
  type: 'object',
  required: ['ok', 'error'],
  properties: {
    ok: { type: 'boolean', enum: [false] },
    error: {
      type: 'object',
      required: ['code', 'message', 'key'],
      properties: {
        code: { type: 'string', enum: [...ERROR_CODES] },
        message: { type: 'string', description: 'A sentence a person can read.' },
        key: { type: 'string', description: 'i18n key for the message.' },
        params: { type: 'object', additionalProperties: true },
        details: { type: 'object', additionalProperties: true },
      },
    },
  },
};

function errorResponses(name: string, def: MethodDef) {
  const codes = new Set<(typeof ERROR_CODES)[number]>(['VALIDATION', 'NOT_FOUND', 'RATE_LIMITED', 'INTERNAL']);
  if (def.access !== 'public') ['UNAUTHENTICATED', 'FORBIDDEN'].forEach((c) => codes.add(c as never));
  if (!/\.(list|get|me)$/.test(name)) ['CONFLICT', 'RULE_VIOLATION'].forEach((c) => codes.add(c as never));
  const byStatus = new Map<number, string[]>();
  for (const code of codes) byStatus.set(HTTP_STATUS[code], [...(byStatus.get(HTTP_STATUS[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, names]) => [
      String(status),
      { description: names.join(', '), content: { 'application/json': { schema: errorEnvelope } } },
    ]),
  );
}

/** OpenAPI 3.0 document generated from the contract: one POST operation per method. */
export function buildOpenApi(version: string) {
  const paths: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(contract) as [string, MethodDef][]) {
    paths[`/api/v1/${name}`] = {
      post: {
        operationId: name,
        summary: def.summary,
        tags: [name.split('.')[0]],
        security: def.access === 'public' ? [] : [{ bearer: [] }],
        'x-roomly-access': def.access,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: toSchema(def.input, 'input') } },
        },
        responses: {
          '200': {
            description: 'The method succeeded.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['ok', 'value'],
                  properties: { ok: { type: 'boolean', enum: [true] }, value: toSchema(def.output, 'output') },
                },
              },
            },
          },
          ...errorResponses(name, def),
        },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Roomly API',
      version,
      description: 'Every method is POST /api/v1/<domain>.<verb> with a JSON body, answered by {ok, value} or {ok, error}.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}
