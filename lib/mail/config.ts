import { z } from "zod";

// Mail settings, read apart from config() so that mail can be sent (or
// written to disk) by scripts and tests that set them after start.
const mailEnvSchema = z.object({
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@host:587 or smtps://…" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("STEM Clearinghouse <no-reply@localhost>"),
});

export type MailConfig = z.infer<typeof mailEnvSchema>;

export function mailConfig(): MailConfig {
  return mailEnvSchema.parse({ SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM || undefined });
}

export function smtpConfigured(): boolean {
  return Boolean(mailConfig().SMTP_URL);
}
