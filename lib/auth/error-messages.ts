// next-auth sends people back to the sign-in page with ?error=<code>; each
// known code has its own message in the catalogues (auth.signInErrors.<code>),
// unknown codes get the general one.

const CODES = ["CredentialsSignin", "EmailSignin", "Verification", "SessionRequired", "Deactivated", "AccessDenied", "Configuration"] as const;

export type SignInErrorCode = (typeof CODES)[number] | "general";

/** The catalogue key of the message for a next-auth error code, or undefined without one. */
export function signInErrorCode(code: string | undefined): SignInErrorCode | undefined {
  if (!code) return undefined;
  return CODES.find((known) => known === code) ?? "general";
}
