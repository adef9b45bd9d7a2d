import escapeHtml from "escape-html";
import { absoluteUrl } from "@/lib/site-url";
import { embedHeading, embedQueryString, type EmbedOptions } from "./options";

// The HTML another site pastes. The frame is sandboxed without scripts or
// same-origin rights, and may only open our links in a new tab.

export type EmbedFrame = { src: string; title: string; height: number };

// Rough heights of the list's parts, so that most lists fit without a scrollbar.
const HEADING_HEIGHT = 64;
const ITEM_HEIGHT = 104;
const FOOTER_HEIGHT = 48;

export function embedFrame(options: EmbedOptions): EmbedFrame {
  return {
    src: absoluteUrl(`/embed/list${embedQueryString(options)}`),
    title: embedHeading(options),
    height: HEADING_HEIGHT + ITEM_HEIGHT * options.limit + FOOTER_HEIGHT,
  };
}

export const EMBED_SANDBOX = "allow-popups allow-popups-to-escape-sandbox";

export function embedSnippet(frame: EmbedFrame): string {
  return (
    `<iframe src="${escapeHtml(frame.src)}" title="${escapeHtml(frame.title)}" ` +
    `width="100%" height="${frame.height}" style="border:0;max-width:48rem" loading="lazy" ` +
    `sandbox="${EMBED_SANDBOX}"></iframe>`
  );
}
