import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm run jobs` loads lib/ with Node under the react-server condition (so that
// "server-only" modules load), not through Next's bundler. Mails written there
// (the verification reminders) need the translator: before the fix it came
// from "next-intl", whose react-server entry imports React hooks that are not
// there, and the command failed at start.
function runAsJobs(script: string) {
  return spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script], { cwd: process.cwd(), encoding: "utf8" });
}

describe("mail outside Next.js", () => {
  it("is written in the recipient's language under the react-server condition, as npm run jobs loads it", () => {
    const child = runAsJobs(`
      const { mailTranslator } = await import("./lib/mail/translator.ts");
      const t = await mailTranslator("de");
      console.log(t("verificationReminder.subject", { title: "QUAKESAFE" }));`);
    expect(child.stderr).toBe("");
    expect(child.stdout.trim()).toBe("Stimmt „QUAKESAFE“ noch?");
  });
});
