import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { fail, invalid, type Failure } from "@/lib/result";
import { clearRateLimit, consumeRateLimit, peekRateLimit, refundRateLimit } from "@/lib/rate-limit/postgres";
import { failureDelayMs } from "./failure-delay";
import { LIMITS, waitMessage, type RequestContext } from "./limits";
import { verifyNothing, verifyPassword } from "./password";
import { toRole, type Role } from "./permissions";
import { signInSchema } from "./schema";

// Email + password sign-in, shared by our sign-in form and next-auth's
// credentials provider. Failures are capped per client address, slow down
// further attempts on the same email, and are logged. Failures on an email
// never refuse its right password: anyone could cause them.

export type SignInResult = { ok: true; userId: string; role: Role } | Failure;

const FAILURE_WINDOW_SECONDS = 900;
const WRONG = "The email address or the password is not right.";
export const DEACTIVATED = "This account has been deactivated by an administrator, so it cannot sign in. Please contact us if you think this is a mistake.";

function logFailure(email: string, context: RequestContext, reason: string, recentFailures: number): void {
  console.warn(JSON.stringify({ event: "auth.sign_in_failed", email, ip: context.ip, reason, recentFailures, at: new Date().toISOString() }));
}

export async function authenticate(input: unknown, context: RequestContext): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email, password } = parsed.data;
  const failKey = `signin-fail:${email}`;
  const ipKey = `signin-fail-ip:${context.ip}`;
  const ipWindow = LIMITS.signInFailuresPerIp.windowSeconds;

  // Counted as a failure up front and given back when the password is right,
  // so a burst of parallel guesses cannot outrun the count.
  const fromIp = await consumeRateLimit(ipKey, LIMITS.signInFailuresPerIp);
  if (!fromIp.allowed) {
    logFailure(email, context, "rate_limited", await peekRateLimit(failKey, FAILURE_WINDOW_SECONDS));
    return fail("rate_limited", waitMessage(fromIp.retryAfterSeconds));
  }
  await sleep(failureDelayMs(await peekRateLimit(failKey, FAILURE_WINDOW_SECONDS)));

  // Only confirmed accounts hold a password (choose-password.ts), so a match is a confirmed account.
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, role: true, deactivatedAt: true } });
  const matches = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
  if (!user || !matches) {
    const { count } = await consumeRateLimit(failKey, { limit: Number.MAX_SAFE_INTEGER, windowSeconds: FAILURE_WINDOW_SECONDS });
    logFailure(email, context, user ? "wrong_password" : "unknown_email", count);
    return fail("invalid", WRONG, { password: [WRONG] });
  }
  await refundRateLimit(ipKey, ipWindow);
  // The owner got in: earlier failures on this email no longer slow them down.
  await clearRateLimit(failKey);
  // Said only to whoever knows the password, so it tells a stranger nothing.
  if (user.deactivatedAt) {
    logFailure(email, context, "deactivated", 0);
    return fail("forbidden", DEACTIVATED);
  }
  return { ok: true, userId: user.id, role: toRole(user.role) };
}
