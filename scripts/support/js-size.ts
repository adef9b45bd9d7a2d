import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";

// "Our own JavaScript on top of the framework's". The framework is Next.js
// and React as every App Router page loads them whatever the site is made of:
// the chunks the build manifest lists as `rootMainFiles` (the bundler's
// runtime, React, React DOM, Next.js's client router) and `polyfillFiles`
// (only for browsers without modules), and the chunks that Next.js's internal
// client components need (its layout router, segments, error and not-found
// boundaries under next/dist/esm/client/components and next/dist/esm/lib),
// which the client reference manifests
// (.next/server/app/**/page_client-reference-manifest.js) name by source
// path. Every other chunk a page loads counts as ours: our client components
// and what they import, libraries included (next-intl's provider, next/link).

export const OWN_JS_BUDGET_BYTES = 20 * 1024;

export type ChunkSize = { url: string; framework: boolean; gzipBytes: number };
export type PageJs = { frameworkBytes: number; ownBytes: number; chunks: ChunkSize[] };

// The part of .next/build-manifest.json this needs.
const buildManifestSchema = z.object({
  rootMainFiles: z.array(z.string()).default([]),
  polyfillFiles: z.array(z.string()).default([]),
});

const clientManifestSchema = z.object({ clientModules: z.record(z.string(), z.object({ chunks: z.array(z.string()) })) });
const NEXT_INTERNALS = ["[project]/node_modules/next/dist/esm/client/components/", "[project]/node_modules/next/dist/esm/lib/"];

function clientReferenceManifests(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(directory, item.name);
    if (item.isDirectory()) return clientReferenceManifests(full);
    return item.name.endsWith("_client-reference-manifest.js") ? [full] : [];
  });
}

/** The chunks Next.js's internal client components need, on any page of the build. */
function nextInternalChunks(nextDir: string): string[] {
  return clientReferenceManifests(path.join(nextDir, "server", "app")).flatMap((file) => {
    // The file is `globalThis.__RSC_MANIFEST["/route"] = {JSON};`
    const json = /__RSC_MANIFEST\["(?:[^"\\]|\\.)*"\]\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(fs.readFileSync(file, "utf8"))?.[1];
    if (!json) throw new Error(`Unexpected client reference manifest: ${file}`);
    return Object.entries(clientManifestSchema.parse(JSON.parse(json)).clientModules)
      .filter(([source]) => NEXT_INTERNALS.some((prefix) => source.startsWith(prefix)))
      .flatMap(([, reference]) => reference.chunks.flatMap((url) => chunkPath(url) ?? []));
  });
}

/** The framework's chunk paths (e.g. `static/chunks/0a1b….js`) in the build in `nextDir`. */
export function frameworkChunks(nextDir = path.resolve(".next")): Set<string> {
  const manifest = buildManifestSchema.parse(JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")));
  return new Set([...manifest.rootMainFiles, ...manifest.polyfillFiles, ...nextInternalChunks(nextDir)]);
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
