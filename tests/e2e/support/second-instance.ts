import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { embeddedFiles } from "../../../lib/database/embedded";
import { APP_ROLE } from "../../../lib/database/embedded-roles";
import { startWebServer, type WebServerProcess } from "./web-server-process";

// A second instance of the site beside the suite's own (`npm start` on
// .data/e2e): the same production build, on the same embedded PostgreSQL,
// with the same session key, as a production layout runs N instances behind a
// proxy. It has no process-local state in common with the first one.

const SUITE_DATA_DIR = path.resolve(".data/e2e");

/** The app role's address of the suite's running embedded database. */
export function suiteDatabaseUrl(): string {
  const directory = path.join(SUITE_DATA_DIR, "postgres");
  // postmaster.pid's fourth line is the port the running PostgreSQL listens on.
  const port = fs.readFileSync(path.join(directory, "postmaster.pid"), "utf8").split("\n")[3]?.trim();
  if (!port) throw new Error(`no running PostgreSQL in ${directory}`);
  const password = fs.readFileSync(embeddedFiles(directory).appPassword, "utf8").trim();
  const url = new URL(`postgresql://127.0.0.1:${port}/clearinghouse`);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/** Starts the second instance on `port` and waits until its health check answers. */
export async function startSecondInstance(port: number, smtpUrl: string): Promise<WebServerProcess> {
  const baseURL = `http://127.0.0.1:${port}`;
  const server = await startWebServer(port, {
    DATA_DIR: SUITE_DATA_DIR,
    DATABASE_URL: suiteDatabaseUrl(),
    // The suite's `npm start` made this key: a cookie signed by one instance opens the other.
    NEXTAUTH_SECRET: fs.readFileSync(path.join(SUITE_DATA_DIR, "auth-secret"), "utf8").trim(),
    NEXTAUTH_URL: baseURL,
    SMTP_URL: smtpUrl,
  });
  try {
    await expect
      .poll(async () => (await fetch(`${baseURL}/api/health`).catch(() => null))?.status, { message: `${baseURL}/api/health`, timeout: 30_000 })
      .toBe(200);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
