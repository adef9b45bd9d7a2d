import { spawn } from "node:child_process";
import { expect, test } from "./support/test";
import { startOwnServer, type OwnServer } from "./support/own-server";

// What our web server around Next.js (scripts/support/web-server.mjs) answers
// for the client address, odd methods and bodies, and a database that goes away.

test.describe("odd requests", () => {
  for (const path of ["/api/v1/search", "/api/health", "/", "/search"]) {
    test(`TRACE ${path} answers 405 with Allow`, async ({ request }) => {
      const response = await request.fetch(path, { method: "TRACE" });
      expect(response.status()).toBe(405);
      expect(response.headers()["allow"]).toContain("GET");
    });
  }

  test("a malformed multipart POST to a page answers 400, not 500", async ({ request }) => {
    const bodies = [
      "this is not multipart at all",
      "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
      "--x\r\nno headers end here",
    ];
    for (const [index, data] of bodies.entries()) {
      for (const path of ["/", "/search"]) {
        const response = await request.post(path, { headers: { "Content-Type": "multipart/form-data; boundary=x" }, data });
        expect(response.status(), `${path} body ${index}`).toBe(400);
        expect(await response.text()).toContain("could not be read");
      }
    }
    const noBoundary = await request.post("/", { headers: { "Content-Type": "multipart/form-data" }, data: "a=b" });
    expect(noBoundary.status()).toBe(400);
  });
});

test.describe("a site of its own", () => {
  test.describe.configure({ timeout: 180_000 });
  let site: OwnServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    site = await startOwnServer("web-server", { API_RATE_LIMIT_PER_MINUTE: "3" });
  });

  test.afterAll(async () => {
    await site?.close();
  });

  test("a made-up X-Forwarded-For does not escape the rate limit", async ({ request }) => {
    const url = `${site.baseURL}/api/v1/search?q=stem`;
    let status = 0;
    for (let i = 0; i < 8 && status !== 429; i++) status = (await request.get(url)).status();
    expect(status).toBe(429);
    const forged: Record<string, string>[] = [
      { "X-Forwarded-For": "198.51.100.23" },
      { "X-Forwarded-For": "198.51.100.24, 203.0.113.9", "X-Real-IP": "198.51.100.25" },
      { "X-Clearinghouse-Peer": "198.51.100.26" },
    ];
    for (const headers of forged) {
      expect((await request.get(url, { headers })).status(), JSON.stringify(headers)).toBe(429);
    }
  });

  test("on a port the system chose, a missing page is still the not-found page as HTML", async ({ request }) => {
    // The web server asks itself for that page: on the port it listens on, not the 0 it was given.
    const answer = await request.get(`${site.baseURL}/de/no-such-page`);
    expect(answer.status()).toBe(404);
    const html = await answer.text();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain("<title>Seite nicht gefunden · STEM Clearinghouse</title>");
  });

  test("pages and the API answer 503 while the database is away, and recover by themselves", async ({ request }) => {
    expect((await request.get(`${site.baseURL}/`)).status()).toBe(200);
    await site.stopDatabase();
    try {
      const page = await request.get(`${site.baseURL}/search?q=water`);
      expect(page.status()).toBe(503);
      expect(page.headers()["content-type"]).toContain("text/html");
      expect(page.headers()["retry-after"]).toBeTruthy();
      const html = await page.text();
      expect(html).toContain("<h1>The catalogue is briefly unavailable</h1>");
      expect(html).not.toContain("<script");

      const api = await request.get(`${site.baseURL}/api/v1/vocabularies`);
      expect(api.status()).toBe(503);
      const body = await api.json();
      expect(body.error.code).toBe("unavailable");
      expect(body.error.message).toMatch(/database/);

      expect((await request.get(`${site.baseURL}/api/health`)).status()).toBe(503);
    } finally {
      await site.startDatabase();
    }
    await expect
      .poll(async () => (await request.get(`${site.baseURL}/`)).status(), { timeout: 10_000, intervals: [250, 500, 1000] })
      .toBe(200);
    expect((await request.get(`${site.baseURL}/search?q=water`)).status()).toBe(200);
    expect((await request.get(`${site.baseURL}/api/health`)).status()).toBe(200);
  });
});

test("the web server stops when the start process that ran it is killed outright", async () => {
  // A crash of `npm start` (SIGKILL, out of memory) must not leave its web
  // server holding the port, or the next start fails.
  const parent = spawn(process.execPath, ["--import", "tsx", "tests/e2e/support/crashing-parent.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  let output = "";
  parent.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  parent.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => /Listening on port \d+/.test(output), { timeout: 60_000 }).toBe(true);
  const pid = Number(/web server pid (\d+)/.exec(output)?.[1]);
  expect(pid).toBeGreaterThan(0);
  parent.kill("SIGKILL");
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    await expect.poll(alive, { timeout: 10_000 }).toBe(false);
  } finally {
    if (alive()) process.kill(-pid, "SIGKILL");
  }
});
