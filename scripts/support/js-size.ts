import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";

// "Our own JavaScript on top of the framework's": the framework is what
// Next.js loads on every App Router page before any of our code, the chunks
// its build manifest lists as `rootMainFiles` (the bundler's runtime, React,
// React DOM and Next.js's client router) and `polyfillFiles` (loaded only by
// browsers without modules). Every other chunk a page loads holds our client
// components and the libraries they pull in (next-intl's provider, next/link
// …): we chose to ship those, so they count as ours.

export const OWN_JS_BUDGET_BYTES = 20 * 1024;

export type ChunkSize = { url: string; framework: boolean; gzipBytes: number };
export type PageJs = { frameworkBytes: number; ownBytes: number; chunks: ChunkSize[] };

// The part of .next/build-manifest.json this needs.
const buildManifestSchema = z.object({
  rootMainFiles: z.array(z.string()).default([]),
  polyfillFiles: z.array(z.string()).default([]),
});

/** The framework's chunk paths (e.g. `static/chunks/0a1b….js`) from the build in `nextDir`. */
export function frameworkChunks(nextDir = path.resolve(".next")): Set<string> {
  const manifest = buildManifestSchema.parse(JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")));
  return new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles]);
}

/** `static/chunks/….js` for a chunk's URL, or null when it is not one of the build's chunks. */
export function chunkPath(url: string): string | null {
  const match = /\/_next\/(static\/[^?#]+\.js)(?:[?#]|$)/.exec(url);
  return match ? decodeURIComponent(match[1] ?? "") : null;
}

export const gzipBytes = (body: Uint8Array): number => gzipSync(body).byteLength;

/**
 * Gzipped sizes (zlib's default level, as servers compress) of the page's
 * chunks, split into framework and ours. `bodyOf` gives a chunk's bytes.
 */
export async function pageJs(urls: string[], framework: Set<string>, bodyOf: (url: string) => Promise<Uint8Array>): Promise<PageJs> {
  const unique = [...new Set(urls)].filter((url) => chunkPath(url) !== null);
  const chunks = await Promise.all(
    unique.map(async (url) => ({ url, framework: framework.has(chunkPath(url) ?? ""), gzipBytes: gzipBytes(await bodyOf(url)) })),
  );
  const sum = (list: ChunkSize[]) => list.reduce((total, chunk) => total + chunk.gzipBytes, 0);
  return { frameworkBytes: sum(chunks.filter((c) => c.framework)), ownBytes: sum(chunks.filter((c) => !c.framework)), chunks };
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
