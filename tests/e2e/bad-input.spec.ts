import { expect, test } from "./support/test";

const HOSTILE = [
  "/search?page=-1",
  "/search?page=abc&pageSize=9999",
  "/search?page=99999",
  "/search?country=XX&level=nope&theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  `/search?q=${"x".repeat(5000)}`,
  "/search?q=%27%3B%20DROP%20TABLE%20entries%3B%20--",
  "/search?q=%00%01%02%FF%FE",
  "/search?q=a%20%26%20%7C%20!%20(%20)%20%3A*",
  "/search?q=a&q=b&sort=x&sort=y",
  "/countries/%3Cb%3E",
  "/countries/zz",
  "/themes/%27or%201%3D1",
  "/levels/..%2F..%2Fetc",
  "/entries/%3Cscript%3E",
  "/entries/a%00b",
];

for (const path of HOSTILE) {
  test(`never a 5xx, never reflected markup: ${path.slice(0, 60)}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBeLessThan(500);
    const body = await response.text();
    expect(body).not.toContain("<script>alert(1)</script>");
  });
}

test("the JSON API answers bad input with 400 and a message", async ({ request }) => {
  for (const qs of ["country=XX", "page=0", "pageSize=101", "sort=chaos", "kind=%3Cb%3E"]) {
    const response = await request.get(`/api/v1/search?${qs}`);
    expect(response.status(), qs).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.message).toBeTruthy();
  }
  const huge = await request.get(`/api/v1/search?q=${"y".repeat(6000)}`);
  expect(huge.status()).toBe(414);
});

test("the JSON API returns the documented shape", async ({ request }) => {
  const response = await request.get("/api/v1/search?q=stem&country=ro&level=upper-secondary&pageSize=5");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({ page: 1, pageSize: 5 });
  expect(body.total).toBeGreaterThan(0);
  expect(body.hits[0]).toEqual(
    expect.objectContaining({ slug: expect.any(String), title: expect.any(String), kind: expect.any(String), highlights: expect.any(Object) }),
  );
  for (const facet of ["country", "level", "theme", "kind"]) expect(Array.isArray(body.facets[facet])).toBe(true);
  expect(body.facets.country.find((c: { value: string }) => c.value === "RO")).toBeTruthy();
  const health = await (await request.get("/api/health")).json();
  const { mail, searchWarmUp, ...rest } = health;
  // No Meilisearch is configured here, so it reports null (ADR 019).
  expect(rest).toEqual({ status: "ok", db: "up", search: "postgres", searchReachable: true, searchFallback: null, outbox: null, meilisearch: null });
  // And PostgreSQL's search reads the common words at the server's start.
  expect(searchWarmUp).toEqual({ state: expect.stringMatching(/^(running|done)$/), words: expect.any(Number), seconds: searchWarmUp.state === "done" ? expect.any(Number) : null });
  expect(Object.keys(mail)).toEqual(["pending", "oldestPendingSeconds"]);
  expect((await request.get("/api/v1/search?q=stem")).headers()["x-search-engine"]).toBe("postgres");
});
