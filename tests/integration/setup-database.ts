import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

// Each test file works on its own copy of the migrated, seeded template.
const templateUrl = new URL(inject("adminDatabaseUrl"));
const name = `test_${randomUUID().replace(/-/g, "")}`;
const admin = new pg.Client({ connectionString: templateUrl.toString().replace(/\/[^/]+$/, "/postgres") });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE template_catalogue`);
await admin.end();

const url = new URL(templateUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

// Mail without SMTP_URL is written under DATA_DIR: a test file's own, never the project's .data.
process.env.DATA_DIR ??= path.join(os.tmpdir(), `clearinghouse-${name}`);
