import escapeHtml from "escape-html";
import { absoluteUrl } from "@/lib/site-url";
import { embedHeading, embedQueryString, type EmbedOptions } from "./options";

// The HTML another site pastes. The frame is sandboxed without scripts or
// same-origin rights, and may only open our links in a new tab.

export type EmbedFrame = { src: string; title: string; height: number };

// Rough heights of the list's parts (see lib/embed/page.ts's style), so that the
// frame fits the list without a scrollbar: the list page runs no script and
// cannot tell its host its height, so the height is computed here.
const PADDING = 24;
const HEADING_LINE = 22;
const HEADING_GAP = 8;
const HEADING_LINE_CHARS = 60;
const ITEM_HEIGHT = 104;
const EMPTY_HEIGHT = 32;
const FOOTER_HEIGHT = 40;

/** The frame's height for a heading and the number of entries the list shows. */
export function embedFrameHeight(heading: string, shown: number): number {
  const headingLines = heading ? Math.ceil(heading.length / HEADING_LINE_CHARS) : 0;
  const headingHeight = headingLines > 0 ? headingLines * HEADING_LINE + HEADING_GAP : 0;
  const listHeight = shown > 0 ? shown * ITEM_HEIGHT : EMPTY_HEIGHT;
  return PADDING + headingHeight + listHeight + FOOTER_HEIGHT;
}

/**
 * The frame for these options; `shown` is how many entries the list has now
 * (at most the limit), when known: without it the frame fits a full list.
 * `title` is the list's heading in its language (lib/embed/heading.ts), when known.
 */
export function embedFrame(options: EmbedOptions, shown: number = options.limit, title: string = embedHeading(options)): EmbedFrame {
  return {
    src: absoluteUrl(`/embed/list${embedQueryString(options)}`),
    title,
    height: embedFrameHeight(title, Math.min(shown, options.limit)),
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
