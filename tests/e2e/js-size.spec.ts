import { expect, test } from "./support/test";
import { chunkPath, frameworkChunks, kB, OWN_JS_BUDGET_BYTES, pageJs } from "../../scripts/support/js-size";

// Issue 15: each main page loads at most 20 kB (gzipped) of our own JavaScript
// on top of the framework's. The pages are loaded in Chromium and every
// /_next/static chunk they fetch is weighed; the framework's chunks are the
// build manifest's (scripts/support/js-size.ts), read from the build that
// `npm start` serves to these tests.

const PAGES = ["/", "/search", "/search?q=robotics", "/entries/quakesafe", "/countries/ro", "/statistics", "/about"];

for (const path of PAGES) {
  test(`${path} loads at most ${kB(OWN_JS_BUDGET_BYTES)} of our own JavaScript (gzipped)`, async ({ page }) => {
    const framework = frameworkChunks();
    const bodies = new Map<string, Promise<Buffer>>();
    page.on("response", (response) => {
      if (chunkPath(response.url()) !== null && response.ok()) bodies.set(response.url(), response.body());
    });
    await page.goto(path, { waitUntil: "networkidle" });
    const js = await pageJs([...bodies.keys()], framework, async (url) => new Uint8Array(await bodies.get(url)!));
    // The framework set must be what this build loads, or every byte would count as ours.
    expect(js.chunks.filter((chunk) => chunk.framework).length, "framework chunks loaded").toBeGreaterThan(0);
    const own = js.chunks.filter((chunk) => !chunk.framework).map((chunk) => `${chunk.url.replace(/^.*\/_next\//, "")} ${kB(chunk.gzipBytes)}`);
    expect(js.ownBytes, `our chunks: ${own.join(", ")}`).toBeLessThanOrEqual(OWN_JS_BUDGET_BYTES);
  });
}
