/**
 * One computation per key at a time: callers asking for the same answer while
 * it is being computed share that computation instead of each starting their
 * own (ten visitors at once cost the database ten times the work before the
 * first answer was cached). Nothing is kept once the computation ends.
 */
export function inFlight<T>(): (key: string, compute: () => Promise<T>) => Promise<T> {
  const running = new Map<string, Promise<T>>();
  return (key, compute) => {
    const pending = running.get(key);
    if (pending) return pending;
    const answer = compute().finally(() => running.delete(key));
    running.set(key, answer);
    return answer;
  };
}
