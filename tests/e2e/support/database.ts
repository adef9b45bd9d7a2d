import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * One statement on the e2e database, as the app's own role: for what cannot
 * happen within a test (two years passing, a daily job coming due). Every
 * other step goes through the browser.
 */
export async function e2eSql(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const password = fs.readFileSync(path.resolve(".data/e2e/postgres-app-password"), "utf8").trim();
  const client = new pg.Client({ host: "127.0.0.1", port: Number(process.env.E2E_PG_PORT ?? 54359), user: "clearinghouse_app", password, database: "clearinghouse" });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
