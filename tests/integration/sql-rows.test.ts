import { afterAll, describe, expect, it } from "vitest";
import { db, sqlRows, sqlRowsWithSettings } from "../../lib/db";
import { Prisma } from "../../lib/generated/prisma/client";

// sqlRows runs the hottest read queries on Prisma's pool without Prisma
// (ADR 021). Call sites were written for `$queryRaw`, so its rows and
// parameters must mean the same: each column type below is read both ways.

const ROW = Prisma.sql`
  SELECT 9007199254740993::int8 AS big, 42::int4 AS small, 0.25::float4 AS share, 'x'::text AS word,
         ARRAY['a', 'b']::text[] AS words, ARRAY[3, 1]::int[] AS numbers, '{"k": [1, "v"]}'::jsonb AS doc,
         '2026-12-06 02:30:00.123'::timestamp AS at, '2026-12-06 02:30:00+01'::timestamptz AS zoned,
         '2026-12-06'::date AS day, true AS yes, NULL::text AS nothing, gen_random_uuid() IS NOT NULL AS uuid_ok`;

describe("rows read without Prisma", () => {
  afterAll(() => db.$disconnect());

  it("give every column the value Prisma's raw queries give it, in a server running in another zone than UTC", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "Europe/Bucharest";
    const [viaPrisma] = await db.$queryRaw<Record<string, unknown>[]>(ROW);
    const [direct] = await sqlRows<Record<string, unknown>>(ROW).finally(() => {
      process.env.TZ = zone;
    });
    expect(direct).toEqual(viaPrisma);
    // And what that is, so neither drifts unnoticed: a timestamp without a zone is UTC.
    expect(direct).toMatchObject({ big: 9007199254740993n, small: 42, share: 0.25, words: ["a", "b"], doc: { k: [1, "v"] } });
    expect(direct?.at).toEqual(new Date("2026-12-06T02:30:00.123Z"));
    expect(direct?.zoned).toEqual(new Date("2026-12-06T01:30:00Z"));
    expect(direct?.day).toEqual(new Date("2026-12-06T00:00:00Z"));
  });

  it("send dates, BigInts, arrays and text as Prisma sends them", async () => {
    const at = new Date("2026-12-06T02:30:00.123Z");
    const query = Prisma.sql`
      SELECT ${at}::timestamp AS at, ${at}::timestamptz AS zoned, ${12345678901234n}::int8 + 1 AS big,
             ${[1, 2, 3]}::int[] AS numbers, ${["o'brien", "a,b"]}::text[] AS words, ${"'; DROP TABLE entries; --"}::text AS word`;
    const [viaPrisma] = await db.$queryRaw<Record<string, unknown>[]>(query);
    const [direct] = await sqlRows<Record<string, unknown>>(query);
    expect(direct).toEqual(viaPrisma);
    expect(direct).toMatchObject({ at, zoned: at, big: 12345678901235n, numbers: [1, 2, 3], words: ["o'brien", "a,b"] });
  });

  it("run under planner settings that hold for their statement only", async () => {
    const setting = Prisma.sql`SELECT current_setting('enable_seqscan') AS value, ${"o'brien"}::text AS word`;
    expect(await sqlRowsWithSettings({ enable_seqscan: "off" }, setting)).toEqual([{ value: "off", word: "o'brien" }]);
    // Every connection of the pool, in turn, is back to the default.
    const after = await Promise.all(Array.from({ length: 12 }, () => sqlRows<{ value: string }>(setting)));
    expect(after.flat().map((row) => row.value)).toEqual(Array(12).fill("on"));
  });

  it("prepared, read the same rows as unprepared, and are kept by every connection that ran them", async () => {
    const [plain] = await sqlRows<Record<string, unknown>>(ROW);
    // As many at once as the pool has connections (10 by default): each connection runs it.
    const prepared = await Promise.all(Array.from({ length: 10 }, () => sqlRows<Record<string, unknown>>(ROW, { prepared: true })));
    prepared.forEach(([row]) => expect(row).toEqual(plain));
    const kept = await sqlRows<{ statement: string }>(Prisma.sql`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'ch\_%'`);
    expect(kept.map((k) => k.statement)).toContain(ROW.text);
  });

  it("prepared, give each value its own answer and tell two texts apart", async () => {
    const twice = (n: number) => Prisma.sql`SELECT ${n}::int * 2 AS value`;
    const thrice = (n: number) => Prisma.sql`SELECT ${n}::int * 3 AS value`;
    const answers = await Promise.all([1, 2, 3].flatMap((n) => [sqlRows<{ value: number }>(twice(n), { prepared: true }), sqlRows<{ value: number }>(thrice(n), { prepared: true })]));
    expect(answers.map(([row]) => row?.value)).toEqual([2, 3, 4, 6, 6, 9]);
    // A prepared statement that fails leaves the connection usable, as an unprepared one does.
    await expect(sqlRows(Prisma.sql`SELECT 1 / ${0}::int AS nothing`, { prepared: true })).rejects.toThrow(/division by zero/);
    expect(await sqlRows(twice(5), { prepared: true })).toEqual([{ value: 10 }]);
  });

  it("give a failing statement's error, and the pool its connection back", async () => {
    // More failures than the pool has connections: a connection kept would leave the last waiting.
    for (let i = 0; i < 12; i++) {
      await expect(sqlRowsWithSettings({ enable_seqscan: "off" }, Prisma.sql`SELECT 1 / ${0}::int AS nothing`)).rejects.toThrow(/division by zero/);
    }
    expect(await sqlRowsWithSettings({ enable_seqscan: "off" }, Prisma.sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });

  it("still answer after $disconnect() has closed the pool", async () => {
    await db.$queryRaw`SELECT 1`;
    await db.$disconnect();
    expect(await sqlRows<{ one: number }>(Prisma.sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
    expect(await db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
  });
});
