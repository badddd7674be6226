import path from 'node:path';
import { z } from 'zod';

/** Settings from the environment, validated once at start. Bad settings stop the server with a sentence. */
const ZEnv = z
  .object({
    PORT: z
      .string()
      .regex(/^\d+$/, 'must be a whole number from 0 to 65535 (0 picks a free port)')
      .transform(Number)
      .refine((n) => n <= 65535, 'must be a whole number from 0 to 65535 (0 picks a free port)')
      .default(8080),
    HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
    ROOMLY_DATA_DIR: z.string().min(1, 'must not be empty').default('data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a PostgreSQL URL such as postgres://user:pass@host:5432/roomly')
      .optional(),
    ROOMLY_SEED: z.enum(['demo', 'none'], { message: 'must be "demo" or "none"' }).default('none'),
    ROOMLY_ADMIN_EMAIL: z.email('must be an e-mail address').optional(),
    ROOMLY_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters long').optional(),
    ROOMLY_JWT_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
    ROOMLY_TRUST_PROXY: z
      .string()
      .regex(/^(true|[\d.:/a-fA-F]+(\s*,\s*[\d.:/a-fA-F]+)*)$/, 'must be "true" or a comma-separated list of proxy addresses (CIDR allowed)')
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .refine((env) => Boolean(env.ROOMLY_ADMIN_EMAIL) === Boolean(env.ROOMLY_ADMIN_PASSWORD), {
    message: 'ROOMLY_ADMIN_EMAIL and ROOMLY_ADMIN_PASSWORD go together: set both or neither',
    path: ['ROOMLY_ADMIN_PASSWORD'],
  });

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  seed: 'demo' | 'none';
  admin: { email: string; password: string } | null;
  secret: string | undefined;
  logLevel: string;
  /** false, true (trust every hop) or the proxies' addresses. */
  trustProxy: boolean | string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const known = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in ZEnv.shape && value !== undefined && value !== ''),
  );
  const parsed = ZEnv.safeParse(known);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(problems.join('; '));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.ROOMLY_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    seed: e.ROOMLY_SEED,
    admin: e.ROOMLY_ADMIN_EMAIL && e.ROOMLY_ADMIN_PASSWORD ? { email: e.ROOMLY_ADMIN_EMAIL, password: e.ROOMLY_ADMIN_PASSWORD } : null,
    secret: e.ROOMLY_JWT_SECRET,
    logLevel: e.LOG_LEVEL,
    trustProxy: !e.ROOMLY_TRUST_PROXY ? false : e.ROOMLY_TRUST_PROXY === 'true' ? true : e.ROOMLY_TRUST_PROXY.split(',').map((a) => a.trim()),
  };
}
