// The one retry schedule of the site's background work (search outbox, mail
// outbox, jobs): 1 s, 2 s, 4 s, … up to 5 minutes.

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 5 * 60_000;

/** Wait before the next try when the `attempts`-th attempt failed. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.min(Math.max(attempts - 1, 0), 20), LONGEST_RETRY_MS);
}
