import type { Messages } from "./messages";

// The namespaces client components read. Only these travel to the browser with
// every page; server components translate everything else where they render.
const CLIENT_NAMESPACES = [
  "site",
  "errors",
] as const satisfies readonly (keyof Messages)[];

export type ClientMessages = Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;

export function clientMessages(messages: Messages): ClientMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((name) => [name, messages[name]])) as ClientMessages;
}
