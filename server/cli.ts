import { ConfigError, readConfig } from './config';
import { startServer } from './start';

/** `npm run server`: read settings, start, print one line, stop cleanly on a signal. */
async function main() {
  const config = readConfig(process.env);
  const server = await startServer(config);
  console.log(`Roomly server listening on ${server.url}`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const reason =
    error instanceof ConfigError
      ? `bad settings: ${error.message}`
      : error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
        ? `the port is already in use (${error.message})`
        : error instanceof Error
          ? error.message
          : String(error);
  console.error(`Roomly server cannot start: ${reason}.`);
  process.exit(1);
});
