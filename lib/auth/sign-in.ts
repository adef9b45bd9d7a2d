import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { failure, invalidInput, type FormFailure } from "@/lib/forms/result";
import { clearRateLimit, consumeRateLimit, peekRateLimit } from "@/lib/rate-limit/postgres";
import { failureDelayMs } from "./failure-delay";
import { consumeAll, LIMITS, waitMessage, type RequestContext } from "./limits";
import { verifyNothing, verifyPassword } from "./password";
import { signInSchema } from "./schema";

// Email + password sign-in, shared by our sign-in form and next-auth's
// credentials provider. Brute force is capped per address and per email,
// slowed as failures for one email add up, and logged.

export type SignInResult = { ok: true; userId: string } | (FormFailure & { unverified?: boolean });

const FAILURE_WINDOW_SECONDS = 900;
const WRONG = "The email address or the password is not right.";

function logFailure(email: string, context: RequestContext, reason: string, recentFailures: number): void {
  console.warn(JSON.stringify({ event: "auth.sign_in_failed", email, ip: context.ip, reason, recentFailures, at: new Date().toISOString() }));
}

export async function authenticate(input: unknown, context: RequestContext): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { email, password } = parsed.data;
  const failKey = `signin-fail:${email}`;

  const wait = await consumeAll([
    [`signin:ip:${context.ip}`, LIMITS.signInPerIp],
    [`signin:email:${email}`, LIMITS.signInPerEmail],
  ]);
  if (wait !== null) {
    logFailure(email, context, "rate_limited", await peekRateLimit(failKey, FAILURE_WINDOW_SECONDS));
    return failure(waitMessage(wait));
  }
  await sleep(failureDelayMs(await peekRateLimit(failKey, FAILURE_WINDOW_SECONDS)));

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, emailVerified: true } });
  const matches = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
  if (!user || !matches) {
    // Counted only, never refused here: the cap is signInPerEmail above.
    const { count } = await consumeRateLimit(failKey, { limit: Number.MAX_SAFE_INTEGER, windowSeconds: FAILURE_WINDOW_SECONDS });
    logFailure(email, context, user ? "wrong_password" : "unknown_email", count);
    return failure(WRONG, { password: [WRONG] });
  }
  // Only the right password learns that the address is unconfirmed.
  if (!user.emailVerified) {
    return {
      ...failure("Please confirm your email address first: open the link we mailed you. You can ask for a new link below."),
      unverified: true,
    };
  }
  // The owner got in: earlier attempts on this email no longer count against them.
  await Promise.all([clearRateLimit(failKey), clearRateLimit(`signin:email:${email}`)]);
  return { ok: true, userId: user.id };
}
