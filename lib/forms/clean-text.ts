// Titles and names as people will see them: one line, in NFC, without the
// invisible characters used to spoof one (bidirectional overrides, embeddings
// and isolates that reorder text, zero-width characters that hide inside a
// word). Stripped rather than refused: they usually arrive unseen with pasted
// text. Right-to-left letters stay, and so do the left-to-right and
// right-to-left marks (U+200E, U+200F), which cannot reorder a whole run.

const INVISIBLE = /[\u200B-\u200D\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u180E]/gu;
const CONTROL = /\p{Cc}/gu;

/** A title or a name: NFC, no control or spoofing characters, single spaces, trimmed. */
export function cleanLine(value: string): string {
  return value.normalize("NFC").replace(INVISIBLE, "").replace(CONTROL, " ").replace(/\s+/g, " ").trim();
}

const CONTROL_BUT_LINES = /[^\P{Cc}\n\t]/gu;

/** A text of several lines (a message): the same cleaning, but its line breaks kept, trailing spaces and runs of blank lines dropped. */
export function cleanParagraphs(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROL_BUT_LINES, "")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
