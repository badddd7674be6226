import { defineConfig } from 'vitest/config';

/**
 * Projects: pure unit tests once; database-backed tests once per database; browser tests once.
 * `npm test` (scripts/test.mjs) decides which databases and browsers this machine has and says so.
 */
const storeTests = ['db/**/*.test.ts', 'services/**/*.test.ts', 'server/**/*.test.ts'];
const hasPg = process.env.ROOMLY_HAS_PG === '1';
const hasChromium = process.env.ROOMLY_HAS_CHROMIUM === '1';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'main/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
        },
      },
      { extends: true, test: { name: 'sqlite', include: storeTests, env: { ROOMLY_TEST_DB: 'sqlite' } } },
      ...(hasPg
        ? [{ extends: true as const, test: { name: 'postgres', include: storeTests, env: { ROOMLY_TEST_DB: 'postgres' } } }]
        : []),
      ...(hasChromium
        ? [{ extends: true as const, test: { name: 'e2e', include: ['e2e/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false } }]
        : []),
    ],
  },
});
