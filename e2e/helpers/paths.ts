import { fileURLToPath } from 'node:url';

/** The repository root, whatever folder the tests are started from. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
