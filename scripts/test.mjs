#!/usr/bin/env node
// The test command: finds which databases and browser this machine has, runs Vitest on them,
// and ends with one plain line "N passed, N failed, N skipped". In CI a missing PostgreSQL or
// Chromium is a failure, not a skip.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';

const isCi = process.env.CI === 'true' || process.env.CI === '1';
const pgUrl = process.env.ROOMLY_TEST_PG_URL ?? 'postgres://roomly:roomly@127.0.0.1:5432/postgres';
const chromiumPath = process.env.ROOMLY_CHROMIUM_PATH ?? '/usr/bin/chromium';

async function probePostgres() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `cannot connect to ${pgUrl.replace(/:[^:@/]+@/, ':***@')} (${error.message}); run scripts/pg-setup.sh`;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgProblem = await probePostgres();
const chromiumProblem = existsSync(chromiumPath) ? null : `no browser at ${chromiumPath}; apt-get install chromium`;

const lines = [
  `  SQLite      yes`,
  `  PostgreSQL  ${pgProblem ? `SKIPPED: ${pgProblem}` : 'yes'}`,
  `  Chromium    ${chromiumProblem ? `SKIPPED: ${chromiumProblem}` : 'yes'}`,
];
console.log(`Roomly tests run against:\n${lines.join('\n')}`);
if (isCi && (pgProblem || chromiumProblem)) {
  console.error('In CI every database and the browser are required; a skip here is a failure.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const resultsFile = '.vitest-results.json';
rmSync(resultsFile, { force: true });
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      ROOMLY_HAS_PG: pgProblem ? '0' : '1',
      ROOMLY_HAS_CHROMIUM: chromiumProblem ? '0' : '1',
      ROOMLY_TEST_PG_URL: pgUrl,
      ROOMLY_CHROMIUM_PATH: chromiumPath,
    },
  },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  // A file that failed to load has no failed test of its own: count it once.
  const brokenFiles = results.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  failed = results.numFailedTests + brokenFiles;
  skipped = results.numPendingTests + results.numTodoTests;
  rmSync(resultsFile, { force: true });
} else {
  failed = 1;
}
const skippedParts = [pgProblem && 'PostgreSQL', chromiumProblem && 'browser'].filter(Boolean);
if (skippedParts.length) console.log(`Not tested on this machine: ${skippedParts.join(' and ')} (see above).`);
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);
