/**
 * An abort signal that Ctrl-C or SIGTERM raises, for commands that stop after
 * their current piece of work; a second signal quits at once.
 */
export function stopOnSignal(currentWork: string): AbortSignal {
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    console.log(`\nStopping after the current ${currentWork} (again to quit at once)…`);
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return stop.signal;
}
