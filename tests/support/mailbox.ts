import { SMTPServer } from "smtp-server";

// A real SMTP server in the test process: the site sends to it over TCP,
// and tests read what arrived.

export type ReceivedMail = { to: string[]; subject: string; text: string };

function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function parse(raw: string, to: string[]): ReceivedMail {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const subject = /^Subject: (.*)$/m.exec(head)?.[1] ?? "";
  const quoted = /Content-Transfer-Encoding: quoted-printable/i.test(head);
  return { to, subject, text: quoted ? decodeQuotedPrintable(body) : body };
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
