import type { Messages } from "./messages";

// Only the messages client components read travel to the browser. Every page
// carries the few that the layout's client components use; a part of the site
// whose client components need more (the sign-in forms, the editor, the
// moderation forms) adds its namespaces in its own layout, or around its forms
// (components/i18n/section-messages.tsx). Server components translate
// everything else where they render.
//
// "validation" is the form kit's: it says a form's problems in the page's
// language. It is most of the messages (9 of 11 kB of every page's RSC
// payload), so only pages with forms carry it; tests/unit/client-messages.test.ts
// finds the pages whose client components reach the kit and checks they add it.

const EVERY_PAGE = ["site", "forms", "errors"] as const satisfies readonly (keyof Messages)[];

/** Namespaces that one part of the site adds for its client components. */
export type SectionNamespace = "validation" | "auth" | "admin" | "moderation" | "contributions" | "editor" | "alerts" | "evidenceProposal" | "alliance";

function copy<K extends keyof Messages>(into: Partial<Messages>, from: Messages, key: K) {
  into[key] = from[key];
}

export function clientMessages(messages: Messages, sections: readonly SectionNamespace[] = []): Partial<Messages> {
  const picked: Partial<Messages> = {};
  for (const name of [...EVERY_PAGE, ...sections]) copy(picked, messages, name);
  return picked;
}
