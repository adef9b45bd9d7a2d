// next-auth sends people back to the sign-in page with ?error=<code>; these
// are the codes in our own words. Unknown codes get the general message.

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "The email address or the password is not right.",
  EmailSignin: "We could not send a sign-in link just now. Please try again in a few minutes, or sign in with your password.",
  Verification: "This sign-in link has expired or has already been used. Please ask for a new one.",
  SessionRequired: "Please sign in to see that page.",
  Deactivated: "This account has been deactivated by an administrator, so it cannot sign in. Please contact us if you think this is a mistake.",
  AccessDenied: "You cannot sign in with this account.",
  Configuration: "Signing in is not working on our side just now. Please try again later.",
};
const GENERAL = "Signing in did not work. Please try again.";

export function signInErrorMessage(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return MESSAGES[code] ?? GENERAL;
}
