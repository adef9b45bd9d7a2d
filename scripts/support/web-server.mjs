// The web server of `npm start` and `npm run dev`: Next.js inside a plain Node
// HTTP server (a "custom server"), for what Next.js cannot do itself:
// - it tells the app who is on the other end of the socket (PEER_HEADER, read
//   by lib/http/client-ip.ts; a client's own copy of the header is replaced);
// - it answers methods Next.js does not know (TRACE, …) with 405, not 500;
// - when Next.js is about to answer 500, it finds out whether the request's
//   multipart body was malformed (→ 400) or the database is unreachable (→ a
//   readable 503 page, or the JSON error envelope under /api), instead of
//   an empty page;
// - when an entry's address finds no published entry (404), it asks whether
//   the entry was archived, and if so answers 410 with the archived page
//   (see "an archived entry's address" below);
// - when a page finds nothing (404), it sends the not-found page as HTML in
//   place of Next.js's empty document (see "a page that finds nothing").
// Plain JavaScript, run by node itself: the server must not load Next.js
// through tsx's module hooks. Usage: node web-server.mjs <start|dev> <port>
import { randomUUID } from "node:crypto";
import http from "node:http";
import next from "next";
import pg from "pg";

/** Keep in step with PEER_HEADER in lib/http/client-ip.ts. */
const PEER_HEADER = "x-clearinghouse-peer";
// The methods Next.js route handlers and pages can answer; anything else makes it throw.
const KNOWN_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);
const ALLOW = "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE";
// Multipart bodies are kept only this far to judge a failure; server actions take 1 MB, imports 5 MB.
const MAX_KEPT_BODY_BYTES = 6 * 1024 * 1024;
const RETRY_AFTER_SECONDS = 5;

const [mode = "start", portArgument = process.env.PORT ?? "3000"] = process.argv.slice(2);
const dev = mode === "dev";
const port = Number(portArgument);

const app = next({ dev, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  // This server's own requests carry on the reader's peer; anyone else's copy of either header is replaced.
  const own = req.headers[OWN_REQUEST_HEADER] === OWN_REQUEST_TOKEN;
  if (own) req.headers[OWN_REQUEST_HEADER] = "1";
  else {
    delete req.headers[OWN_REQUEST_HEADER];
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  }
  if (!KNOWN_METHODS.has(req.method ?? "")) {
    send(res, 405, { Allow: ALLOW }, page(req, 405, "Method not allowed", `This site does not answer ${req.method} requests.`));
    return;
  }
  const body = keepMultipartBody(req);
  const read = !own && (req.method === "GET" || req.method === "HEAD");
  const archived = read && ENTRY_ADDRESS.test(pathOf(req));
  const notFound = read && mayBeNotFoundPage(req);
  holdAnswers(res, {
    500: async () => {
      if (body && (await body.malformed())) return page(req, 400, "Bad request", "The form data sent could not be read. Please send the form again.");
      if (!(await databaseReachable())) {
        return page(req, 503, "The catalogue is briefly unavailable", "Its database cannot be reached just now. The site recovers by itself: please try again in a few seconds.", {
          "Retry-After": String(RETRY_AFTER_SECONDS),
        });
      }
      return null;
    },
    ...((archived || notFound) && {
      404: async () => (archived && (await archivedPage(req))) || (notFound && (await notFoundPage(req, res))),
    }),
  });
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, {}, page(req, 500, "Something went wrong on our side", "Please try again in a moment."));
  });
});
// Port 0 (tests) takes a free one; the line below names it.
server.listen(port, () => console.log(`Listening on port ${server.address().port}${dev ? " (development)" : ""}`));

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Requests still running get two seconds; keep-alive connections end with the process.
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
// Started by `npm start` or `npm run dev` (scripts/support/next-process.ts), which
// may be killed outright: its IPC channel closing is the last word we get.
if (process.connected) process.on("disconnect", stop);

// --- answers of our own -----------------------------------------------------

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// A small page that needs no script, stylesheet or database; JSON (the API's
// error envelope) for /api.
function page(req, status, title, message, headers = {}) {
  const address = req.url ?? "/";
  const path = address.split("?")[0] ?? "/";
  // "Try again" stays on this site: never a scheme-relative or backslashed address.
  const again = /^\/(?![/\\])[^\s]*$/.test(address) ? address : "/";
  if (path.startsWith("/api/")) {
    const code = { 400: "bad_request", 405: "method_not_allowed", 500: "internal_error", 503: "unavailable" }[status] ?? "error";
    return {
      status,
      headers: { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "Retry-After", ...headers },
      body: JSON.stringify({ error: { code, message: `${title}. ${message}` } }),
    };
  }
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · STEM Clearinghouse</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#0f172a}a{color:#1d4ed8}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(again)}">Try again</a> · <a href="/">Home page</a></p></main></body></html>`;
  return { status, headers: { "Content-Type": "text/html; charset=utf-8", ...headers }, body: html };
}

// `end` is the response's own end(), or the one under Next.js's compression
// when that has already started (its Content-Encoding was dropped with the rest).
function send(res, status, extraHeaders, answer, end = res.end) {
  res.statusCode = answer.status ?? status;
  for (const [name, value] of Object.entries({ ...answer.headers, ...extraHeaders, "Cache-Control": "no-store" })) res.setHeader(name, value);
  res.setHeader("Content-Length", Buffer.byteLength(answer.body));
  end.call(res, res.req?.method === "HEAD" ? undefined : answer.body);
}

// --- judging a 500 or a 404 before it is sent ---------------------------------

// Headers of Next.js's own answer that do not fit ours; security headers stay.
const REPLACED_HEADERS = ["content-type", "content-length", "content-encoding", "cache-control", "etag", "vary", "link", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time"];

/**
 * Holds an answer of Next.js (its head and body) whose status has a judge
 * until that judge has run; when it gives an answer of its own, that is sent
 * instead, else the held one. Every other status passes untouched, at no cost
 * after its first write.
 */
function holdAnswers(res, judges) {
  const names = ["writeHead", "flushHeaders", "write", "end"];
  const original = Object.fromEntries(names.map((name) => [name, res[name]]));
  const held = [];
  let state = "open";
  const wrappers = {};
  // Next.js's compression wraps these in turn, around ours: only ours go.
  const restore = () => names.forEach((name) => res[name] === wrappers[name] && delete res[name]);
  const holding = (status) => {
    if (state === "open") {
      const judge = judges[status];
      if (!judge) {
        state = "passed";
        restore();
        return false;
      }
      state = "holding";
      judge()
        .catch(() => null)
        .then((answer) => {
          state = "passed";
          restore();
          if (!answer) {
            // Each write before the head was sent asked for the head again
            // (Node.js's implicit header, through Next.js's compression): it goes once.
            for (const [name, args] of held) if (!(name === "writeHead" || name === "flushHeaders") || !res.headersSent) original[name].apply(res, args);
            return;
          }
          for (const name of REPLACED_HEADERS) res.removeHeader(name);
          for (const header of res.getHeaderNames()) if (header.startsWith("x-nextjs") || header.startsWith("x-action")) res.removeHeader(header);
          send(res, answer.status, {}, answer, original.end);
        });
    }
    return state === "holding";
  };
  res.writeHead = function writeHead(status, ...rest) {
    if (!holding(status)) return original.writeHead.call(this, status, ...rest);
    held.push(["writeHead", [status, ...rest]]);
    return this;
  };
  res.flushHeaders = function flushHeaders() {
    if (!holding(this.statusCode)) return original.flushHeaders.call(this);
    held.push(["flushHeaders", []]);
  };
  res.write = function write(...args) {
    if (!holding(this.statusCode)) return original.write.apply(this, args);
    held.push(["write", args]);
    return true;
  };
  res.end = function end(...args) {
    if (!holding(this.statusCode)) return original.end.apply(this, args);
    held.push(["end", args]);
    return this;
  };
  for (const name of names) wrappers[name] = res[name];
}

/**
 * For a multipart POST, keeps what Next.js reads of the body (it reads it
 * through "data" events; we only listen in, so nothing is read early or
 * twice), and can later say whether that body was malformed.
 */
function keepMultipartBody(req) {
  const type = req.headers["content-type"] ?? "";
  if (req.method !== "POST" || !/^multipart\//i.test(type)) return null;
  const chunks = [];
  let size = 0;
  let complete = false;
  const emit = req.emit;
  req.emit = function tap(event, ...args) {
    if (event === "data" && size <= MAX_KEPT_BODY_BYTES) {
      size += args[0].length;
      chunks.push(Buffer.from(args[0]));
    } else if (event === "end") complete = true;
    return emit.call(this, event, ...args);
  };
  return {
    async malformed() {
      if (!/;\s*boundary=/i.test(type)) return true;
      // Next.js may have given up before reading it all: read the rest ourselves.
      // (A body cut short by its parser's failure is judged on what arrived.)
      if (!complete && !req.readableEnded && !req.destroyed) {
        await new Promise((resolve) => {
          for (const event of ["end", "error", "close"]) req.once(event, resolve);
          req.resume();
        });
      }
      if (size > MAX_KEPT_BODY_BYTES) return false;
      try {
        await new Response(Buffer.concat(chunks), { headers: { "Content-Type": type } }).formData();
        return false;
      } catch {
        return true;
      }
    },
  };
}

// --- an archived entry's address ---------------------------------------------

// An archived entry's address answers 410 Gone with a page that says why. A
// page cannot set its own status in the App Router, and a lookup in proxy.ts
// in front of every entry view cost the entry page about 7 % of its CPU
// (docs/benchmarks.md, 2026-12-07). So the entry page answers 404 when it
// finds no published entry, and only then is its archived page asked for
// (app/[lang]/entries/[slug]/archived, which shows archived entries only and
// answers 404 for any other): when it answers, its page is sent with 410.
const ENTRY_ADDRESS = /^(?:\/[a-z]{2})?\/entries\/[^/]+\/?$/;

/** The archived page, as a 410 answer; null when the entry is not archived. */
async function archivedPage(req) {
  const answer = await askInPlace(req, "archived");
  return answer.status === 200 ? { status: 410, headers: keptHeaders(answer), body: await answer.text() } : null;
}

// --- a page that finds nothing -------------------------------------------------

// When a page calls notFound(), Next.js answers 404 with an empty document
// that only its script fills in (vercel/next.js#62228): blank without
// JavaScript, with no title and no language. For a GET or HEAD of a page, that
// answer is replaced with the not-found page (app/[lang]/page-not-found) in
// the address's language, still with 404. A client-side navigation (an RSC
// request) keeps Next.js's answer: the router draws the not-found page itself.

/** Whether a 404 to this request may be Next.js's empty document. */
function mayBeNotFoundPage(req) {
  return req.headers.rsc === undefined && !/^\/(api|_next)\//.test(pathOf(req));
}

/** The not-found page in place of Next.js's HTML 404; null when Next.js's answer is not HTML or the page cannot be had. */
async function notFoundPage(req, res) {
  if (!/^text\/html/.test(String(res.getHeader("content-type") ?? ""))) return null;
  const answer = await askInPlace(req, "not-found");
  return answer.status === 200 ? { status: 404, headers: keptHeaders(answer), body: await answer.text() } : null;
}

// --- asking this server for a page in another's place ---------------------------

// Not passed on to the request for the page, nor back from its answer.
const OWN_HEADERS = new Set(["host", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "accept-encoding", "set-cookie", "date"]);
const PAGE_IN_PLACE_TIMEOUT_MS = 10_000;
// This server's requests to itself carry a token no reader knows; the app
// sees "1" on those requests only. IN_PLACE_HEADER says which page is asked
// for; proxy.ts rewrites the request to it. Keep both names in step with
// lib/http/page-in-place.ts.
const OWN_REQUEST_HEADER = "x-clearinghouse-own-request";
const OWN_REQUEST_TOKEN = randomUUID();
const IN_PLACE_HEADER = "x-clearinghouse-in-place";

/**
 * The reader's own address again, as they would see it (their cookies and
 * languages), rendered as the page asked for ("archived" or "not-found"): it
 * renders at the reader's address, so its links to other languages are right.
 */
function askInPlace(req, what) {
  // PEER_HEADER goes with the rest: the app judges the reader's address from the
  // reader's socket, not from this request's (127.0.0.1, maybe a trusted proxy).
  const passed = ([name, value]) => !OWN_HEADERS.has(name) && typeof value === "string";
  const headers = { ...Object.fromEntries(Object.entries(req.headers).filter(passed)), [OWN_REQUEST_HEADER]: OWN_REQUEST_TOKEN, [IN_PLACE_HEADER]: what };
  // The port listened on: with port 0 (tests) the system chose it.
  return fetch(`http://127.0.0.1:${server.address().port}${req.url ?? "/"}`, { headers, redirect: "manual", signal: AbortSignal.timeout(PAGE_IN_PLACE_TIMEOUT_MS) });
}

/** A request's path, without its query. */
function pathOf(req) {
  const address = req.url ?? "/";
  const queryAt = address.indexOf("?");
  return queryAt === -1 ? address : address.slice(0, queryAt);
}

/** An answer's headers but those of the connection and body, which ours sets. */
function keptHeaders(answer) {
  const kept = {};
  answer.headers.forEach((value, name) => {
    if (!OWN_HEADERS.has(name)) kept[name] = value;
  });
  return kept;
}

// --- is the database there? --------------------------------------------------

let lastProbe = { at: 0, reachable: Promise.resolve(true) };

/** One `SELECT 1` on a connection of its own, at most once a second whatever the traffic. */
function databaseReachable() {
  const url = process.env.DATABASE_URL;
  if (!url) return Promise.resolve(true);
  if (Date.now() - lastProbe.at < 1000) return lastProbe.reachable;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => {});
  const reachable = client
    .connect()
    .then(() => client.query("SELECT 1"))
    .then(() => true, () => false)
    .finally(() => client.end().catch(() => {}));
  lastProbe = { at: Date.now(), reachable };
  return reachable;
}
