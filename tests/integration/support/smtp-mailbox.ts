import { afterAll, beforeAll } from "vitest";
import { startMailbox, type ReceivedMail } from "../../support/mailbox";

/**
 * A real SMTP server as the site's SMTP_URL for the enclosing describe block
 * (or the file): the returned list fills with the mails as they arrive.
 */
export function withSmtpMailbox(): ReceivedMail[] {
  const mails: ReceivedMail[] = [];
  let mailbox: Awaited<ReturnType<typeof startMailbox>> | undefined;
  beforeAll(async () => {
    mailbox = await startMailbox({ onMail: (mail) => mails.push(mail) });
    process.env.SMTP_URL = mailbox.url;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await mailbox?.stop();
  });
  return mails;
}
