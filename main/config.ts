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
 */
export interface AppConfig {
  mode: AppMode;
  dataDir: string;
  devServerUrl?: string;
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

export function parseConfig({ argv, env, defaultDataDir, isPackaged }: ConfigSources): AppConfig {
  const config: AppConfig = { mode: modeFrom(argv, env), dataDir: dataDirFrom(argv, env, defaultDataDir) };
  // A packaged app always shows its own bundled page, whatever the environment says.
  if (!isPackaged && env.ROOMLY_DEV_SERVER_URL) config.devServerUrl = check(ZDevServerUrl, env.ROOMLY_DEV_SERVER_URL);
  return config;
}
