import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { runDueJobs } from "../../lib/jobs/runner";
import { siteJobs } from "../../lib/jobs/site-jobs";
import { VERIFIED_AT } from "../../lib/verification/reminder-links";
import { Prisma } from "../../lib/generated/prisma/client";
import { workOffJobBacklog } from "../../scripts/bench/jobs-backlog";
import { addSyntheticEntries } from "../../scripts/seed-synthetic";

// The bench measures a site in its steady state: the synthetic entries it
// seeds fall due for verification reminders at once, and before this step the
// first server started spent its first minutes reminding them while measured.

afterAll(() => db.$disconnect());

async function unremindedDueEntries(): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>(Prisma.sql`
    SELECT count(*)::int AS count FROM entries e
    WHERE e.archived_at IS NULL AND ${VERIFIED_AT} <= now() - interval '12 months'
      AND NOT EXISTS (SELECT 1 FROM verification_reminders r WHERE r.entry_id = e.id AND r.verified_at = ${VERIFIED_AT})`);
  return row?.count ?? 0;
}

describe("the bench's seeded catalogue", () => {
  it("leaves the site no job backlog to work off while it is measured", async () => {
    await addSyntheticEntries(200);
    expect(await unremindedDueEntries()).toBeGreaterThan(20);

    const reports = await workOffJobBacklog();
    expect(reports.find((r) => r.name === "verification.reminders")).toMatchObject({ ok: true });
    expect(reports.every((r) => r.ok)).toBe(true);

    expect(await unremindedDueEntries()).toBe(0);
    // A server starting now finds nothing due.
    expect(await runDueJobs(siteJobs(), { runner: "a site just started" })).toEqual([]);
  });
});
