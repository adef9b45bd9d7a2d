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

/**
 * When an entry was last confirmed, as stored. A test that expects "today"
 * takes the day from here, not from its own clock: a confirmation made just
 * before midnight UTC is still that day's after it.
 */
export async function lastVerifiedAt(slug: string): Promise<Date> {
  const [row] = await e2eSql("SELECT last_verified_at FROM entries WHERE slug = $1", [slug]);
  const at = row?.last_verified_at;
  if (!(at instanceof Date)) throw new Error(`entry ${slug} has not been verified`);
  return at;
}
