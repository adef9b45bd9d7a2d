import { absoluteUrl } from "@/lib/site-url";
import { oaiConfig } from "./config";

// Record identifiers follow the oai-identifier scheme, oai:<repository>:<slug>.
// The repository part is the OAI_REPOSITORY_IDENTIFIER setting, never the
// site's host, so identifiers stay the same whatever address the site answers on.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function prefix(): string {
  return `oai:${oaiConfig().repositoryIdentifier}:`;
}

export function oaiIdentifier(slug: string): string {
  return `${prefix()}${slug}`;
}

/** The slug an identifier names, or null when it is not one of this repository's. */
export function slugOfIdentifier(identifier: string): string | null {
  const own = prefix();
  if (!identifier.startsWith(own)) return null;
  const slug = identifier.slice(own.length);
  return SLUG.test(slug) ? slug : null;
}

/** The repository's base URL, where every request is sent: it follows the site's public address (NEXTAUTH_URL). */
export function baseUrl(): string {
  return absoluteUrl("/oai");
}
