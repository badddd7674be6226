import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDialect } from '../db/testing';

/** `npm run server` as a person runs it: a real process, settings from the environment. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function runServer(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'roomly-cli-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts'], {
    env: { PATH: process.env.PATH ?? '', ROOMLY_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /Roomly server listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  return { child, listening, exited, output: () => ({ stdout, stderr }) };
}

describe.runIf(testDialect() === 'sqlite')('the server program', () => {
  it('prints its URL with PORT=0, answers /health, and signs in the first admin', async () => {
    const server = runServer({ PORT: '0', ROOMLY_ADMIN_EMAIL: 'admin@example.com', ROOMLY_ADMIN_PASSWORD: 'a long admin password' });
    try {
      const url = await server.listening;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const login = await fetch(`${url}/api/v1/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@example.com', password: 'a long admin password' }),
      });
      expect((await login.json()).value.user.role).toBe('admin');
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });

  it('stops on a bad setting with one clear sentence and no stack trace', async () => {
    const server = runServer({ PORT: 'eighty' });
    server.listening.catch(() => {});
    expect(await server.exited).toBe(1);
    const { stderr } = server.output();
    expect(stderr.trim()).toBe('Roomly server cannot start: bad settings: PORT must be a whole number from 0 to 65535 (0 picks a free port).');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
