import type { Messages } from "./messages";

// Only the messages client components read travel to the browser. Every page
// carries the few that the layout's and the form kit's client components use;
// a part of the site whose client components need more (the sign-in forms,
// the editor, the moderation forms) adds its namespaces in its own layout
// (components/i18n/section-messages.tsx). Server components translate
// everything else where they render.

const EVERY_PAGE = ["site", "forms", "validation", "errors"] as const satisfies readonly (keyof Messages)[];

/** Namespaces that one part of the site adds for its client components. */
export type SectionNamespace = "auth" | "admin" | "moderation" | "contributions" | "editor" | "alerts" | "evidenceProposal" | "alliance";

function copy<K extends keyof Messages>(into: Partial<Messages>, from: Messages, key: K) {
  into[key] = from[key];
}

export function clientMessages(messages: Messages, sections: readonly SectionNamespace[] = []): Partial<Messages> {
  const picked: Partial<Messages> = {};
  for (const name of [...EVERY_PAGE, ...sections]) copy(picked, messages, name);
  return picked;
}
