import "server-only";
import { sendMail } from "@/lib/mail/send";
import { absoluteUrl } from "@/lib/site-url";

// The mails of the account flows. Text only: names and addresses typed by
// users never reach an HTML body.

const SIGNATURE = "\n\nWith kind regards,\nthe STEM Clearinghouse team";

function greeting(name: string | null): string {
  return name ? `Hello ${name},` : "Hello,";
}

export async function mailVerification(to: string, name: string | null, token: string): Promise<void> {
  const link = absoluteUrl(`/auth/verify?token=${encodeURIComponent(token)}`);
  await sendMail({
    to,
    subject: "Please confirm your email address",
    text:
      `${greeting(name)}\n\nThank you for creating an account on the STEM Clearinghouse. ` +
      `Please confirm that this address is yours by opening the link below and choosing your password:\n\n${link}\n\n` +
      `The link works once, for 48 hours. If you did not create an account, you can ignore this mail: nothing will happen.` +
      SIGNATURE,
  });
}

export async function mailAlreadyRegistered(to: string, name: string | null): Promise<void> {
  await sendMail({
    to,
    subject: "You already have an account",
    text:
      `${greeting(name)}\n\nSomeone, probably you, tried to create a STEM Clearinghouse account with this address, ` +
      `but it already has one. You can sign in here:\n\n${absoluteUrl("/auth/sign-in")}\n\n` +
      `If you have forgotten your password, you can choose a new one here:\n\n${absoluteUrl("/auth/forgot-password")}\n\n` +
      `If it was not you, you can ignore this mail.` +
      SIGNATURE,
  });
}

export async function mailPasswordReset(to: string, name: string | null, token: string): Promise<void> {
  const link = absoluteUrl(`/auth/reset-password?token=${encodeURIComponent(token)}`);
  await sendMail({
    to,
    subject: "Choose a new password",
    text:
      `${greeting(name)}\n\nWe received a request to choose a new password for your STEM Clearinghouse account. ` +
      `You can do so here:\n\n${link}\n\nThe link works once, for one hour. ` +
      `If you did not ask for it, you can ignore this mail: your password stays as it is.` +
      SIGNATURE,
  });
}

export async function mailInvitation(to: string, organisation: string, token: string): Promise<void> {
  const link = absoluteUrl(`/auth/reset-password?token=${encodeURIComponent(token)}`);
  await sendMail({
    to,
    subject: `You are invited to contribute for ${organisation}`,
    text:
      `Hello,\n\nThe STEM Clearinghouse team invites you to become a member of ${organisation}, ` +
      `so that you can propose and update its entries in the catalogue. ` +
      `To accept, please choose a password here:\n\n${link}\n\nThe link works once, for seven days. ` +
      `If you were not expecting this, you can ignore this mail: you will not become a member.` +
      SIGNATURE,
  });
}

export async function mailAddedToOrganisation(to: string, name: string | null, organisation: string): Promise<void> {
  await sendMail({
    to,
    subject: `You are now a member of ${organisation}`,
    text:
      `${greeting(name)}\n\nThe STEM Clearinghouse team has added you as a member of ${organisation}, ` +
      `so that you can propose and update its entries in the catalogue. You can start here:\n\n${absoluteUrl("/contributions")}\n\n` +
      `If you do not want to be a member, you can leave the organisation on your account page.` +
      SIGNATURE,
  });
}

export async function mailMagicLink(to: string, url: string): Promise<void> {
  await sendMail({
    to,
    subject: "Your sign-in link",
    text:
      `Hello,\n\nHere is the link to sign in to the STEM Clearinghouse:\n\n${url}\n\n` +
      `It works once, for 24 hours. If you did not ask for it, you can ignore this mail.` +
      SIGNATURE,
  });
}
