import path from 'node:path';
import { z } from 'zod';
import type { AppMode } from './origin';

/**
 * The desktop's settings, from its command line and environment. Pure: index.ts passes
 * process.argv, process.env and Electron's user data folder in.
 *
 *   --kiosk | --console         window mode (default console); env ROOMLY_MODE=kiosk|console
 *   --data-dir=PATH             where the database and the token secret live; env ROOMLY_DATA_DIR
 *   ROOMLY_DEV_SERVER_URL       load the renderer from a local Vite dev server (ignored when packaged)
 *   ROOMLY_SEED=demo            fill an empty database with the demo offices, rooms and people
 *   ROOMLY_ADMIN_EMAIL, ROOMLY_ADMIN_PASSWORD   create the first admin on an empty database
 */
export interface AppConfig {
  mode: AppMode;
  dataDir: string;
  devServerUrl?: string;
  seed: 'demo' | 'none';
  admin: { email: string; password: string } | null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ConfigSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  defaultDataDir: string;
  isPackaged: boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const ZMode = z.enum(['console', 'kiosk'], { message: 'ROOMLY_MODE must be "console" or "kiosk".' });

const ZDevServerUrl = z
  .url({ message: 'ROOMLY_DEV_SERVER_URL must be a URL such as http://localhost:5173.' })
  .transform((value) => new URL(value))
  .refine((url) => url.protocol === 'http:' || url.protocol === 'https:', {
    message: 'ROOMLY_DEV_SERVER_URL must use http or https.',
  })
  .refine((url) => LOOPBACK_HOSTS.has(url.hostname), {
    message: 'ROOMLY_DEV_SERVER_URL must point at this machine (localhost): the page it serves can call Roomly.',
  })
  .transform((url) => url.origin);

const ZFirstRun = z
  .object({
    ROOMLY_SEED: z.enum(['demo', 'none'], { message: 'ROOMLY_SEED must be "demo" or "none".' }).default('none'),
    ROOMLY_ADMIN_EMAIL: z.email('ROOMLY_ADMIN_EMAIL must be an e-mail address.').optional(),
    ROOMLY_ADMIN_PASSWORD: z.string().min(10, 'ROOMLY_ADMIN_PASSWORD must be at least 10 characters long.').optional(),
  })
  .refine((env) => Boolean(env.ROOMLY_ADMIN_EMAIL) === Boolean(env.ROOMLY_ADMIN_PASSWORD), {
    message: 'ROOMLY_ADMIN_EMAIL and ROOMLY_ADMIN_PASSWORD go together: set both or neither.',
  });

function check<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join(' '));
  return parsed.data;
}

function modeFrom(argv: readonly string[], env: ConfigSources['env']): AppMode {
  const isKiosk = argv.includes('--kiosk');
  const isConsole = argv.includes('--console');
  if (isKiosk && isConsole) throw new ConfigError('Choose one of --kiosk and --console, not both.');
  if (isKiosk) return 'kiosk';
  if (isConsole) return 'console';
  return env.ROOMLY_MODE ? check(ZMode, env.ROOMLY_MODE) : 'console';
}

function dataDirFrom(argv: readonly string[], env: ConfigSources['env'], fallback: string): string {
  const flag = [...argv].reverse().find((arg) => arg.startsWith('--data-dir='));
  const chosen = flag !== undefined ? flag.slice('--data-dir='.length) : env.ROOMLY_DATA_DIR;
  if (chosen === undefined) return fallback;
  if (chosen.trim() === '') throw new ConfigError('The data folder (--data-dir or ROOMLY_DATA_DIR) is empty.');
  return path.resolve(chosen);
}

function firstRunFrom(env: ConfigSources['env']): Pick<AppConfig, 'seed' | 'admin'> {
  const given = (key: string) => (env[key] === '' ? undefined : env[key]);
  const firstRun = check(ZFirstRun, {
    ROOMLY_SEED: given('ROOMLY_SEED'),
    ROOMLY_ADMIN_EMAIL: given('ROOMLY_ADMIN_EMAIL'),
    ROOMLY_ADMIN_PASSWORD: given('ROOMLY_ADMIN_PASSWORD'),
  });
  const { ROOMLY_ADMIN_EMAIL: email, ROOMLY_ADMIN_PASSWORD: password } = firstRun;
  return { seed: firstRun.ROOMLY_SEED, admin: email && password ? { email, password } : null };
}

export function parseConfig({ argv, env, defaultDataDir, isPackaged }: ConfigSources): AppConfig {
  const config: AppConfig = {
    mode: modeFrom(argv, env),
    dataDir: dataDirFrom(argv, env, defaultDataDir),
    ...firstRunFrom(env),
  };
  // A packaged app always shows its own bundled page, whatever the environment says.
  if (!isPackaged && env.ROOMLY_DEV_SERVER_URL) config.devServerUrl = check(ZDevServerUrl, env.ROOMLY_DEV_SERVER_URL);
  return config;
}
