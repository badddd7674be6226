import { readConfig } from './config';
import { startServer } from './start';

/**
 * The server program for browser tests that need to run at a chosen moment: `cli.ts` with the
 * clock starting at ROOMLY_TEST_NOW (an ISO instant) and moving on at the real pace. Only the e2e
 * server helper starts this file; `npm run server` and the desktop app never read the variable.
 */
const at = Date.parse(process.env.ROOMLY_TEST_NOW ?? '');
if (!Number.isFinite(at)) {
  process.stderr.write(`Roomly test server cannot start: ROOMLY_TEST_NOW must be an ISO instant, not "${process.env.ROOMLY_TEST_NOW ?? ''}".\n`);
  process.exit(1);
}
const offsetMs = at - Date.now();
const clock = () => new Date(Date.now() + offsetMs);

startServer(readConfig(process.env), clock).then(
  (server) => {
    process.stdout.write(`Roomly server listening on ${server.url}\n`);
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    process.stderr.write(`Roomly test server cannot start: ${error instanceof Error ? error.message : String(error)}.\n`);
    process.exit(1);
  },
);
