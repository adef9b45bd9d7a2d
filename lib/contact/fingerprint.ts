import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "@/lib/auth/session-cookie";

// The contact log and its rate limits tell senders and clients apart without
// keeping who they are: a keyed hash (HMAC-SHA-256 with the site's secret) of
// the sender's address or the client's network address. Without the secret, a
// copy of the database cannot be searched for a known address (ADR 015).

export function fingerprint(kind: "sender" | "client", value: string): string {
  return createHmac("sha256", authSecret()).update(`contact:${kind}:${value.trim().toLowerCase()}`).digest("hex");
}
