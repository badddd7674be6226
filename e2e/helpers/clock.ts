/**
 * The browser tests' "now". Normally the real clock. With ROOMLY_TEST_NOW set to an instant
 * (`2026-12-31T20:30:00Z`) the whole run lives at that moment instead: the test server, the
 * browser's page clock and the tests' own arithmetic all start there and move on at the real pace,
 * so a test can be run on a Saturday, late in the evening or in a DST week on any day.
 */
const OVERRIDE = process.env.ROOMLY_TEST_NOW;

function offsetFrom(text: string | undefined): number {
  if (!text) return 0;
  const at = Date.parse(text);
  if (!Number.isFinite(at)) throw new Error(`ROOMLY_TEST_NOW must be an ISO instant such as 2026-12-31T20:30:00Z, not "${text}"`);
  return at - Date.now();
}

const offsetMs = offsetFrom(OVERRIDE);

/** Whether the run lives at a chosen moment rather than the real one. */
export const isClockSet = OVERRIDE !== undefined && OVERRIDE !== '';

/** Milliseconds since the epoch, on the run's clock. */
export const testNow = (): number => Date.now() + offsetMs;

/** The run's clock as an ISO instant. */
export const testNowIso = (): string => new Date(testNow()).toISOString();
