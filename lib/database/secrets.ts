import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The secret kept in `file`, made now (`bytes` random bytes, mode 0600) when
 * there is none. An existing file is narrowed to 0600 too: only the user who
 * runs the server may read it.
 */
export function readOrCreateSecret(file: string, bytes = 24): string {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": two starts racing each other keep the first one's secret.
      fs.writeFileSync(file, `${randomBytes(bytes).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    }
  }
  fs.chmodSync(file, 0o600);
  const value = fs.readFileSync(file, "utf8").trim();
  if (!value) throw new Error(`${file} is empty; delete it to have a new secret made.`);
  return value;
}
