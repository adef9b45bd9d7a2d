import { describe, expect, it } from "vitest";

// /api/health without Meilisearch (MEILI_URL unset): PostgreSQL answers every
// search, and the report says there is no Meilisearch server to describe.

const saved = process.env.MEILI_URL;
delete process.env.MEILI_URL;
const { checkHealth } = await import("../../lib/health");
const { GET } = await import("../../app/api/health/route");
if (saved !== undefined) process.env.MEILI_URL = saved;

describe("health without Meilisearch", () => {
  it("answers ok with the PostgreSQL engine and no Meilisearch part", async () => {
    expect(await checkHealth()).toMatchObject({ status: "ok", db: "up", search: "postgres", searchReachable: true, outbox: null, meilisearch: null });
  });

  it("answers 200 over HTTP, uncached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", meilisearch: null });
  });
});
