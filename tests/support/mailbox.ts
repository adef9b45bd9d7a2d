import { SMTPServer } from "smtp-server";

// A real SMTP server in the test process: the site sends to it over TCP,
// and tests read what arrived.

/** `headers` by lower-case name, unfolded and decoded. */
export type ReceivedMail = { to: string[]; subject: string; text: string; headers: Record<string, string> };

function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** One RFC 2047 encoded word ("=?UTF-8?Q?Bitte_best=C3=A4tigen?=") as bytes. */
function encodedWordBytes(word: string): Buffer {
  const match = /^=\?UTF-8\?([QB])\?([^?]*)\?=$/i.exec(word);
  if (!match?.[2]) return Buffer.from(word, "utf8");
  if (match[1]?.toUpperCase() === "B") return Buffer.from(match[2], "base64");
  return Buffer.from(match[2].replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1");
}

/** A header value as written: a subject in another script arrives as encoded words, which may split a character between them. */
function decodeHeader(value: string): string {
  return value.replace(/=\?UTF-8\?[QB]\?[^?]*\?=(?:\s+=\?UTF-8\?[QB]\?[^?]*\?=)*/gi, (run) =>
    Buffer.concat(run.split(/\s+/).map(encodedWordBytes)).toString("utf8"),
  );
}

function parse(raw: string, to: string[]): ReceivedMail {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const headers = Object.fromEntries(
    unfolded.split(/\r?\n/).flatMap((line) => {
      const colon = line.indexOf(":");
      return colon > 0 ? [[line.slice(0, colon).trim().toLowerCase(), decodeHeader(line.slice(colon + 1).trim())]] : [];
    }),
  );
  const subject = headers.subject ?? "";
  const quoted = /Content-Transfer-Encoding: quoted-printable/i.test(head);
  // Text mostly in another script (Cyrillic) goes as base64.
  if (/Content-Transfer-Encoding: base64/i.test(head)) return { to, subject, headers, text: Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") };
  return { to, subject, headers, text: quoted ? decodeQuotedPrintable(body) : body };
}

export async function startMailbox(
  options: { port?: number; onMail?: (mail: ReceivedMail) => void } = {},
): Promise<{ url: string; mails: ReceivedMail[]; stop: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = parse(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((r) => r.address));
        mails.push(mail);
        options.onMail?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", () => resolve()));
  const address = server.server.address();
  if (!address || typeof address !== "object") throw new Error("the mail server has no port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    mails,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function linkIn(mail: ReceivedMail | undefined, path: string): string {
  const match = new RegExp(`https?://\\S+${path.replace(/\//g, "\\/")}\\?token=([\\w-]+)`).exec(mail?.text ?? "");
  if (!match?.[1]) throw new Error(`no ${path} link in the mail: ${mail?.text}`);
  return match[1];
}
