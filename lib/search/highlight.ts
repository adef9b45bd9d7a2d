import type { HighlightSegment } from "./types";

// Engines mark matches with two control characters that never survive query
// normalisation; turning them into segments keeps markup out of the data.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export function parseHighlight(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let match = false;
  for (const part of marked.split(/([\u0002\u0003])/)) {
    if (part === MARK_START) match = true;
    else if (part === MARK_END) match = false;
    else if (part) {
      const last = segments.at(-1);
      if (last && last.match === match) last.text += part;
      else segments.push({ text: part, match });
    }
  }
  return segments;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escaped HTML with <mark> around matches, as the JSON API returns it. */
export function highlightToHtml(segments: HighlightSegment[]): string {
  return segments.map((s) => (s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join("");
}

export function plainSegments(text: string): HighlightSegment[] {
  return text ? [{ text, match: false }] : [];
}
