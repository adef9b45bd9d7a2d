import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { Prisma } from "../../lib/generated/prisma/client";

// A foreign key without an index on its referencing columns makes every delete
// of a referenced row scan the whole referencing table: removing 150 000
// synthetic entries took over 11 minutes, each one scanning all of `entries`
// for archive_successor_id. Every foreign key of the migrated schema must lead
// some complete (not partial) index.

type Client = Pick<typeof db, "$queryRaw">;

/** The foreign keys that `which` selects (a condition on pg_constraint c) with no index led by their columns. */
async function unindexedForeignKeys(client: Client, which: Prisma.Sql): Promise<string[]> {
  const rows = await client.$queryRaw<{ name: string }[]>`
    SELECT c.conrelid::regclass::text || '.' || c.conname AS name
    FROM pg_constraint c
    WHERE c.contype = 'f' AND ${which}
      AND NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = c.conrelid
          AND i.indpred IS NULL
          AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
          AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey
      )
    ORDER BY 1`;
  return rows.map((row) => row.name);
}

describe("the schema's foreign keys", () => {
  it("each lead an index of the referencing table", async () => {
    expect(await unindexedForeignKeys(db, Prisma.sql`c.connamespace = 'public'::regnamespace`)).toEqual([]);
  });

  it("are checked by a query that does report a key without an index", async () => {
    await db.$transaction(async (tx) => {
      // (A temporary table may only refer to another temporary one.)
      await tx.$executeRaw`CREATE TEMP TABLE fk_target (id uuid PRIMARY KEY) ON COMMIT DROP`;
      await tx.$executeRaw`CREATE TEMP TABLE fk_probe (target_id uuid REFERENCES fk_target(id)) ON COMMIT DROP`;
      expect(await unindexedForeignKeys(tx, Prisma.sql`c.conrelid = 'fk_probe'::regclass`)).toEqual(["fk_probe.fk_probe_target_id_fkey"]);
    });
  });
});
