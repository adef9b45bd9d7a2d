import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { chunkPath, frameworkChunks, pageJs } from "../../scripts/support/js-size";

// A build directory laid out as Next.js 16 (Turbopack) writes it: the build
// manifest and one page's client reference manifest, in the same file format.
const nextDir = fs.mkdtempSync(path.join(os.tmpdir(), "js-size-"));
afterAll(() => fs.rmSync(nextDir, { recursive: true, force: true }));

fs.writeFileSync(
  path.join(nextDir, "build-manifest.json"),
  JSON.stringify({ rootMainFiles: ["static/chunks/react.js", "static/chunks/turbopack-runtime.js"], polyfillFiles: ["static/chunks/polyfills.js"] }),
);
const pageDir = path.join(nextDir, "server", "app", "[lang]", "about");
fs.mkdirSync(pageDir, { recursive: true });
const clientModules = {
  "[project]/node_modules/next/dist/esm/client/components/layout-router.js": { id: 1, name: "*", chunks: ["/_next/static/chunks/router.js"], async: false },
  "[project]/node_modules/next/dist/client/app-dir/link.js": { id: 2, name: "*", chunks: ["/_next/static/chunks/layout.js"], async: false },
  "[project]/components/i18n/language-switch.tsx": { id: 3, name: "*", chunks: ["/_next/static/chunks/layout.js"], async: false },
};
fs.writeFileSync(
  path.join(pageDir, "page_client-reference-manifest.js"),
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/[lang]/about/page"] = ${JSON.stringify({ moduleLoading: { prefix: "" }, clientModules })};\n`,
);

describe("our JavaScript and the framework's", () => {
  it("counts the root main files, polyfills and Next.js's internal client components as the framework, and next/link as ours", () => {
    expect([...frameworkChunks(nextDir)].sort()).toEqual(
      ["static/chunks/polyfills.js", "static/chunks/react.js", "static/chunks/router.js", "static/chunks/turbopack-runtime.js"].sort(),
    );
  });

  it("reads a chunk's path from its URL and ignores other scripts", () => {
    expect(chunkPath("http://localhost:3000/_next/static/chunks/0a%7Eb.js?dpl=1")).toBe("static/chunks/0a~b.js");
    expect(chunkPath("http://localhost:3000/embed.js")).toBeNull();
  });

  it("sums the gzipped size of each chunk once, framework and ours apart", async () => {
    const bodies: Record<string, Uint8Array> = {
      "http://x/_next/static/chunks/react.js": new TextEncoder().encode("react ".repeat(500)),
      "http://x/_next/static/chunks/layout.js": new TextEncoder().encode(Array.from({ length: 300 }, (_, i) => `f${i * 7919}`).join(";")),
    };
    const urls = [...Object.keys(bodies), "http://x/_next/static/chunks/layout.js", "http://x/script.js"];
    const js = await pageJs(urls, frameworkChunks(nextDir), async (url) => bodies[url]!);
    expect(js.frameworkBytes).toBe(gzipSync(bodies["http://x/_next/static/chunks/react.js"]!).byteLength);
    expect(js.ownBytes).toBe(gzipSync(bodies["http://x/_next/static/chunks/layout.js"]!).byteLength);
    expect(js.chunks).toHaveLength(2);
  });
});
