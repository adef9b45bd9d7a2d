import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

// Each test file works on its own copy of the migrated, seeded template, made
// by the superuser and owned by the app's role, which the tests connect as.
const adminUrl = new URL(inject("adminDatabaseUrl"));
const appUrl = new URL(inject("appDatabaseUrl"));
const name = `test_${randomUUID().replace(/-/g, "")}`;
adminUrl.pathname = "/postgres";
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE template_catalogue OWNER ${admin.escapeIdentifier(decodeURIComponent(appUrl.username))}`);
await admin.end();

appUrl.pathname = `/${name}`;
process.env.DATABASE_URL = appUrl.toString();

// Mail without SMTP_URL is written under DATA_DIR: a test file's own, never the project's .data.
process.env.DATA_DIR ??= path.join(os.tmpdir(), `clearinghouse-${name}`);
