import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { z } from "zod";
import type { ReceivedMail } from "../../support/mailbox";

// Reading what the site mailed, from the mail sink's file.

const file = path.resolve(process.env.E2E_MAIL_FILE ?? ".data/e2e-mail.jsonl");
const mailSchema = z.object({ to: z.array(z.string()), subject: z.string(), text: z.string(), headers: z.record(z.string(), z.string()).default({}) });

function mails(): ReceivedMail[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => mailSchema.parse(JSON.parse(line)));
}

/** The newest mail to this address whose text matches, waiting for it to arrive. */
export async function mailTo(address: string, matching: RegExp): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(() => {
      found = mails().reverse().find((m) => m.to.includes(address) && matching.test(m.text));
      return found !== undefined;
    }, { timeout: 15_000 })
    .toBe(true);
  if (!found) throw new Error(`no mail to ${address}`);
  return found;
}

/** The first link in a mail that points at this site's path. */
export function linkTo(mail: ReceivedMail, pathPrefix: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.startsWith(pathPrefix));
  if (!link) throw new Error(`no ${pathPrefix} link in: ${mail.text}`);
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
