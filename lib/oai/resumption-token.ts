import { createHash } from "node:crypto";
import { z } from "zod";
import { parseDatestamp } from "./datestamps";
import { SET_SPEC } from "./sets";

// A resumption token carries the whole list request and where the last page
// ended: the (datestamp, slug) of its last record. Nothing is kept on the
// server, tokens never expire, and the next page starts strictly after that
// position, so records changed meanwhile are neither repeated nor skipped
// within the order. A checksum makes a token that was cut or altered on its
// way back a badResumptionToken rather than the start of some other list; it
// is not a secret, because a token only holds what anyone may ask for.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const datestampText = z.string().refine((s) => parseDatestamp(s) !== null);

const payloadSchema = z.strictObject({
  verb: z.enum(["ListIdentifiers", "ListRecords"]),
  metadataPrefix: z.literal("oai_dc"),
  set: z.string().regex(SET_SPEC).max(100).optional(),
  from: datestampText.optional(),
  until: datestampText.optional(),
  /** The last record returned: its exact datestamp in milliseconds, and its slug. */
  after: z.strictObject({ at: z.number().int().nonnegative(), slug: z.string().regex(SLUG).max(200) }),
  /** How many records the earlier pages returned. */
  cursor: z.number().int().positive(),
});

export type TokenPayload = z.infer<typeof payloadSchema>;

const MAX_TOKEN_LENGTH = 2000;

function checksum(body: string): string {
  return createHash("sha256").update(body).digest("base64url").slice(0, 12);
}

export function encodeToken(payload: TokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  return `${body}.${checksum(body)}`;
}

/** The payload of a token this repository issued, or null for anything else. */
export function decodeToken(token: string): TokenPayload | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{12})$/.exec(token);
  if (!match?.[1] || match[2] !== checksum(match[1])) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(match[1], "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
