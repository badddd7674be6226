import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/** What the web bundle is made from: a change to any of these makes the build stale. */
const SOURCES = ['renderer', 'core', 'vite.renderer.config.ts', 'package-lock.json'];
const BUILT_PAGE = path.join(REPO_ROOT, 'dist', 'web', 'index.html');

function newestChange(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestChange(path.join(entry, child)));
  }
  return newest;
}

/** Whether dist/web is missing or older than its sources. */
export function isWebBuildStale(): boolean {
  if (!existsSync(BUILT_PAGE)) return true;
  const built = statSync(BUILT_PAGE).mtimeMs;
  return SOURCES.some((source) => {
    const full = path.join(REPO_ROOT, source);
    return existsSync(full) && newestChange(full) > built;
  });
}

/**
 * Builds the web bundle the server serves, once: later test files (and later runs with no
 * renderer change) find it fresh and skip the build.
 */
export function ensureWebBuild(): void {
  if (!isWebBuildStale()) return;
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // The test runner sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(`The web build failed (npm run build:web):\n${result.stdout}\n${result.stderr}`);
  }
}
