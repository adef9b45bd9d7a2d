import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// One-time tokens of our own flows. Only a SHA-256 of each is stored, so a
// copy of the database cannot be used to take over accounts; each is deleted
// when used and refused after it expires.

export const TOKEN_PURPOSES = {
  verifyEmail: { purpose: "verify-email", ttlSeconds: 48 * 3600 },
  resetPassword: { purpose: "reset-password", ttlSeconds: 3600 },
  invitation: { purpose: "reset-password", ttlSeconds: 7 * 24 * 3600 },
} as const;
export type TokenKind = keyof typeof TOKEN_PURPOSES;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new token for `email` (32 random bytes, base64url: 43 characters). */
export async function createAuthToken(email: string, kind: TokenKind): Promise<string> {
  const { purpose, ttlSeconds } = TOKEN_PURPOSES[kind];
  const token = randomBytes(32).toString("base64url");
  await db.authToken.create({
    data: { tokenHash: hashToken(token), purpose, email, expires: new Date(Date.now() + ttlSeconds * 1000) },
  });
  return token;
}

/**
 * Uses a token up: the email it was made for, or null when it is unknown,
 * already used, expired or for another purpose. The delete decides, so two
 * concurrent uses cannot both succeed.
 */
export async function consumeAuthToken(token: string, kind: TokenKind): Promise<string | null> {
  const { purpose } = TOKEN_PURPOSES[kind];
  const rows = await db.$queryRaw<{ email: string; expires: Date }[]>`
    DELETE FROM auth_tokens WHERE token_hash = ${hashToken(token)} AND purpose = ${purpose}
    RETURNING email, expires`;
  const row = rows[0];
  if (!row || row.expires.getTime() <= Date.now()) return null;
  return row.email;
}

/** Whether a token would be accepted now, without using it (for the confirm pages). */
export async function peekAuthToken(token: string, kind: TokenKind): Promise<boolean> {
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return row !== null && row.purpose === TOKEN_PURPOSES[kind].purpose && row.expires.getTime() > Date.now();
}

export async function deleteExpiredTokens(): Promise<number> {
  const { count } = await db.authToken.deleteMany({ where: { expires: { lt: new Date() } } });
  return count;
}
