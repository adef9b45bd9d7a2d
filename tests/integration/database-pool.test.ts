import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";

// The pool keeps its connections through a quiet spell. pg closed a connection
// idle for 10 s, and the next query met a new, cold backend: on the bench
// database a broad word's scan took 170-240 ms as a new backend's first query
// and 66-100 ms on one that had read those pages (docs/benchmarks.md).

const backend = async () => (await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]?.pid;

describe("the database pool", () => {
  it("answers the query after a quiet spell on the connection it already had", async () => {
    const before = await backend();
    expect(before).toEqual(expect.any(Number));
    // Longer than pg's default idle timeout (10 s).
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    expect(await backend()).toBe(before);
  }, 30_000);
});
