// The relayed mail is plain text, so nothing in it is a link until a mail
// program makes one. What the visitor wrote must never pass for the site's
// own words or links: every line of it is quoted ("> "), web addresses in it
// are defanged (hxxps://, evil[.]example) so that no mail program opens them
// on a click, and the subject holds only the site's words and the entry's title.

const SCHEME = /\b(h)tt(ps?)(:\/\/)/gi;
const FTP = /\b(f)tp(s?)(:\/\/)/gi;
// A host name: dotted labels ending in a top-level domain of letters. Mail
// programs link bare ones ("evil.example/login") as readily as full
// addresses. Not after "@": a mail address is left readable (mailto: opens
// no page). "3.5", "e.g." and "End. Next" are not host names.
const HOST = /(?<![@\p{L}\p{N}.-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,63}(?![\p{L}\p{N}-])/gu;

/** Web addresses as text no mail program turns into a link: hxxps://, fxp://, evil[.]example. */
export function defang(text: string): string {
  return text
    .replace(SCHEME, "$1xx$2$3")
    .replace(FTP, "$1xp$2$3")
    .replace(HOST, (host) => host.replaceAll(".", "[.]"));
}

/** The visitor's message, defanged, every line marked as a quotation. */
export function quoted(message: string): string {
  return defang(message)
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}

const SUBJECT_MAX = 200;

/** A title short enough for a subject line: cut at a word, with an ellipsis. */
export function shortTitle(title: string, max = 100): string {
  const line = title.replace(/\s+/g, " ").trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A subject within what mail allows, whatever the translation makes of it. */
export function subjectLine(subject: string): string {
  return subject.length <= SUBJECT_MAX ? subject : `${subject.slice(0, SUBJECT_MAX - 1)}…`;
}
