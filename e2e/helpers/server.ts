import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isClockSet, testNowIso } from './clock';
import { REPO_ROOT } from './paths';
import { ensureWebBuild } from './webBuild';

export const ADMIN_EMAIL = 'admin@roomly.test';
export const ADMIN_PASSWORD = 'e2e-admin-password-1';

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The data folder (kept by `stop({ keepData: true })`, so the server can start again on it). */
  dataDir: string;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export interface ServerOptions {
  seed?: 'demo' | 'none';
  /** Listen on this port (a restart keeps the page's URL); default: a free one. */
  port?: number;
  /** Start on an existing data folder (a restart); default: a fresh one. */
  dataDir?: string;
}

const READY = /Roomly server listening on (http:\/\/\S+)/;
const START_TIMEOUT_MS = 60_000;

/** Settings from the developer's shell must not change what the tests run against. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('ROOMLY_') && key !== 'DATABASE_URL' && key !== 'PORT' && key !== 'HOST') env[key] = value;
  }
  return { ...env, ...extra };
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the real Roomly server on a free port, over a fresh SQLite data folder with the demo data
 * and an admin, serving the current web build. Resolves once it prints its URL. When the run's
 * clock is set (ROOMLY_TEST_NOW, see clock.ts) the server's clock starts at the same moment.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  ensureWebBuild();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'roomly-e2e-data-'));
  const child = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [isClockSet ? 'server/testCli.ts' : 'server/cli.ts'], {
    cwd: REPO_ROOT,
    env: cleanEnv({
      ...(isClockSet ? { ROOMLY_TEST_NOW: testNowIso() } : {}),
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      ROOMLY_DATA_DIR: dataDir,
      ROOMLY_SEED: options.seed ?? 'demo',
      ROOMLY_ADMIN_EMAIL: ADMIN_EMAIL,
      ROOMLY_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server stopped before it was ready (exit ${code}):\n${output}`));
    });
  });

  return {
    url,
    dataDir,
    async stop({ keepData = false } = {}) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 2_000);
      }
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
