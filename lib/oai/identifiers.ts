import { absoluteUrl } from "@/lib/site-url";

// Record identifiers follow the oai-identifier scheme, oai:<host>:<slug>. The
// host is the site's host name without its port: the scheme's namespace part
// is a domain name, and "localhost:3000" would add a second colon.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function namespace(): string {
  return new URL(absoluteUrl("/")).hostname;
}

export function oaiIdentifier(slug: string): string {
  return `oai:${namespace()}:${slug}`;
}

/** The slug an identifier names, or null when it is not one of this repository's. */
export function slugOfIdentifier(identifier: string): string | null {
  const prefix = `oai:${namespace()}:`;
  if (!identifier.startsWith(prefix)) return null;
  const slug = identifier.slice(prefix.length);
  return SLUG.test(slug) ? slug : null;
}

/** The repository's base URL, where every request is sent. */
export function baseUrl(): string {
  return absoluteUrl("/oai");
}
