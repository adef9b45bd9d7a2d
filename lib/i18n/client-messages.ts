import type { Messages } from "./messages";

// The namespaces client components read. Only these travel to the browser with
// every page; server components translate everything else where they render.
const CLIENT_NAMESPACES = [
  "site",
  "contributions",
  "editor",
  "forms",
  "validation",
] as const satisfies readonly (keyof Messages)[];

export type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;

export function clientMessages(messages: Messages): ClientMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, messages[name]])) as ClientMessages;
}

/**
 * Namespaces only one part of the site reads in client components (the
 * account, administration and moderation forms). The layout of that part adds
 * them to the client messages, so no other page carries them.
 */
export type SectionNamespace = "auth" | "admin" | "moderation";

export function sectionClientMessages(messages: Messages, sections: readonly SectionNamespace[]): ClientMessages & Partial<Pick<Messages, SectionNamespace>> {
  return {
    ...clientMessages(messages),
    ...(sections.includes("auth") ? { auth: messages.auth } : {}),
    ...(sections.includes("admin") ? { admin: messages.admin } : {}),
    ...(sections.includes("moderation") ? { moderation: messages.moderation } : {}),
  };
}
