import { z } from "zod";
import { mailConfig } from "@/lib/mail/config";

// The repository's name in every record identifier, and the address in
// Identify. Both are settings of their own, not derived from the site's
// address: a harvester keys its copy on the identifiers, so a new host name
// (localhost vs 127.0.0.1, a move to another domain) must not rename every record.

/** oai-identifier.xsd's repositoryIdentifier: a domain name, with at least one dot. */
const REPOSITORY_IDENTIFIER = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;
/** OAI-PMH.xsd's emailType. */
const ADMIN_EMAIL = /^\S+@(\S+\.)+\S+$/;

export const DEFAULT_REPOSITORY_IDENTIFIER = "stem-clearinghouse.eu";
export const DEFAULT_ADMIN_EMAIL = "no-reply@stem-clearinghouse.eu";

const oaiEnvSchema = z.object({
  OAI_REPOSITORY_IDENTIFIER: z
    .string()
    .regex(REPOSITORY_IDENTIFIER, "OAI_REPOSITORY_IDENTIFIER must be a domain name such as clearinghouse.example.org (letters, digits and hyphens, at least one dot)")
    .default(DEFAULT_REPOSITORY_IDENTIFIER),
  OAI_ADMIN_EMAIL: z.string().regex(ADMIN_EMAIL, "OAI_ADMIN_EMAIL must be a mail address with a dotted domain, such as oai@example.org").optional(),
});

export type OaiConfig = { repositoryIdentifier: string; adminEmail: string };

/** The address of MAIL_FROM ("Name <a@b.c>" or "a@b.c"), when OAI-PMH's schema accepts it. */
function mailFromAddress(): string | undefined {
  const from = mailConfig().MAIL_FROM;
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from.trim();
  return ADMIN_EMAIL.test(address) ? address : undefined;
}

/** Read at each use, as mailConfig is, so that tests and scripts may set them; a bad value throws a clear message. */
export function oaiConfig(): OaiConfig {
  const env = oaiEnvSchema.parse({
    OAI_REPOSITORY_IDENTIFIER: process.env.OAI_REPOSITORY_IDENTIFIER?.trim() || undefined,
    OAI_ADMIN_EMAIL: process.env.OAI_ADMIN_EMAIL?.trim() || undefined,
  });
  return {
    repositoryIdentifier: env.OAI_REPOSITORY_IDENTIFIER,
    adminEmail: env.OAI_ADMIN_EMAIL ?? mailFromAddress() ?? DEFAULT_ADMIN_EMAIL,
  };
}
