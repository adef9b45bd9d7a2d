/** Sign-in delay after recent failures for one email: none for the first few, then doubling, to at most 8 seconds. */
export function failureDelayMs(recentFailures: number): number {
  return recentFailures < 3 ? 0 : Math.min(8000, 250 * 2 ** (recentFailures - 3));
}
