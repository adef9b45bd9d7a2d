import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import { dataDir } from "@/lib/database/embedded";
import { mailConfig } from "./config";

// Every mail of the site goes through here: to SMTP_URL when it is set,
// otherwise into DATA_DIR/mail/ as .eml files (with one line in the log), so a
// local user can still follow the links the site sends them.

export const mailSchema = z.object({
  to: z.email(),
  subject: z.string().min(1).max(200),
  text: z.string().min(1),
  html: z.string().optional(),
  /** Where answers go (the contact relay: the visitor who wrote). */
  replyTo: z.email().optional(),
  /** Extra headers, such as List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  headers: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/), z.string().max(2000)).optional(),
  /** A stable Message-ID, so that a mail sent again after a crash can be recognised as the same one. */
  messageId: z.string().regex(/^<[^<>\s]+@[^<>\s]+>$/).optional(),
});
export type Mail = z.infer<typeof mailSchema>;

const transports = new Map<string, Transporter>();

function smtpTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

const fileTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

export async function sendMail(input: Mail): Promise<void> {
  const mail = mailSchema.parse(input);
  const { SMTP_URL, MAIL_FROM } = mailConfig();
  const message = {
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    ...(mail.headers ? { headers: mail.headers } : {}),
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
  };
  if (SMTP_URL) {
    await smtpTransport(SMTP_URL).sendMail(message);
    return;
  }
  const info = await fileTransport.sendMail(message);
  const directory = path.join(dataDir(), "mail");
  // Only the mail folder is private: DATA_DIR itself must stay open to the PostgreSQL user it hosts.
  await fs.mkdir(dataDir(), { recursive: true });
  await fs.mkdir(directory, { recursive: true, mode: 0o700 });
  const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`);
  await fs.writeFile(file, info.message, { mode: 0o600 });
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  console.log(`Mail (no SMTP_URL, saved to ${file}) to ${mail.to}: "${mail.subject}"${link ? ` — link: ${link}` : ""}`);
}
