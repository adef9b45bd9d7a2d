import "server-only";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail/send";
import type { Notice } from "./notifications";

// Every notification also goes out by mail: to SMTP_URL, or without one into
// DATA_DIR/mail like every other mail of the site (see lib/mail/send.ts). Sent
// after the change commits; a mail that fails is logged, the change stands
// and the in-app notice is there either way.

/** `details` adds to the mail what the one-line notice leaves out, such as a moderator's comment. */
export async function deliverNotices(notices: Notice[], details?: string): Promise<void> {
  if (notices.length === 0) return;
  const users = await db.user.findMany({
    where: { id: { in: notices.map((n) => n.userId) } },
    select: { id: true, email: true },
  });
  const emails = new Map(users.map((u) => [u.id, u.email]));
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  await Promise.all(
    notices.map(async (notice) => {
      const to = emails.get(notice.userId);
      if (!to) return;
      try {
        await sendMail({
          to,
          subject: notice.message.length > 120 ? `${notice.message.slice(0, 117)}…` : notice.message,
          text: `${notice.message}\n\n${details ? `${details}\n\n` : ""}See it here: ${new URL(notice.href, base).toString()}\n\n— STEM Clearinghouse`,
        });
      } catch (error) {
        console.error(`Could not mail a notification to ${to}:`, error instanceof Error ? error.message : error);
      }
    }),
  );
}
