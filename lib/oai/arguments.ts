import { parseDatestamp, type DateBound } from "./datestamps";
import { isMetadataPrefix, VERBS, type MetadataPrefix, type OaiError, type OaiErrorCode, type Verb } from "./protocol";
import { decodeToken, type TokenPayload } from "./resumption-token";
import { SET_SPEC } from "./sets";

// Reads a request's arguments into what a verb needs, or the protocol's error.
// Pure: identifiers and sets are looked up later, against the catalogue.

export type ListVerb = "ListIdentifiers" | "ListRecords";

/** A ListIdentifiers or ListRecords request; `after` and `cursor` come from a resumption token. */
export type ListQuery = {
  metadataPrefix: MetadataPrefix;
  set?: string;
  from?: DateBound;
  until?: DateBound;
  after: { at: number; slug: string } | null;
  cursor: number;
};

export type OaiRequest =
  | { verb: "Identify" }
  | { verb: "ListMetadataFormats"; identifier?: string }
  | { verb: "ListSets" }
  | { verb: "GetRecord"; identifier: string; metadataPrefix: MetadataPrefix }
  | { verb: ListVerb; query: ListQuery };

export type ParsedRequest = { ok: true; request: OaiRequest } | { ok: false; error: OaiError };

type Rules = { required: readonly string[]; optional: readonly string[]; exclusive?: "resumptionToken" };

const RULES: Record<Verb, Rules> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ["identifier"] },
  ListSets: { required: [], optional: [], exclusive: "resumptionToken" },
  GetRecord: { required: ["identifier", "metadataPrefix"], optional: [] },
  ListIdentifiers: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
  ListRecords: { required: ["metadataPrefix"], optional: ["from", "until", "set"], exclusive: "resumptionToken" },
};

const isVerb = (value: string): value is Verb => VERBS.some((v) => v === value);
const fail = (code: OaiErrorCode, message: string): ParsedRequest => ({ ok: false, error: { code, message } });
/** Names are echoed in messages, which are escaped when written; long ones are cut. */
const quoted = (name: string) => `"${name.length > 40 ? `${name.slice(0, 40)}…` : name}"`;

export function parseArguments(pairs: readonly (readonly [string, string])[]): ParsedRequest {
  const verbs = pairs.filter(([name]) => name === "verb").map(([, value]) => value);
  if (verbs.length === 0) return fail("badVerb", "The verb argument is missing.");
  if (verbs.length > 1) return fail("badVerb", "The verb argument is repeated.");
  const verb = verbs[0] ?? "";
  if (!isVerb(verb)) return fail("badVerb", `The verb must be one of ${VERBS.join(", ")}.`);

  const rules = RULES[verb];
  const allowed = new Set([...rules.required, ...rules.optional, ...(rules.exclusive ? [rules.exclusive] : [])]);
  const args = new Map<string, string>();
  for (const [name, value] of pairs) {
    if (name === "verb") continue;
    if (!allowed.has(name)) return fail("badArgument", `${verb} does not take the argument ${quoted(name)}.`);
    if (args.has(name)) return fail("badArgument", `The argument ${quoted(name)} is repeated.`);
    if (value === "") return fail("badArgument", `The argument ${quoted(name)} is empty.`);
    args.set(name, value);
  }

  if (rules.exclusive && args.has(rules.exclusive)) {
    if (args.size > 1) return fail("badArgument", "resumptionToken is an exclusive argument: only verb may come with it.");
    return resume(verb, args.get(rules.exclusive) ?? "");
  }
  const missing = rules.required.filter((name) => !args.has(name));
  if (missing.length > 0) return fail("badArgument", `${verb} needs the argument${missing.length > 1 ? "s" : ""} ${missing.join(" and ")}.`);

  switch (verb) {
    case "Identify":
    case "ListSets":
      return { ok: true, request: { verb } };
    case "ListMetadataFormats":
      return { ok: true, request: { verb, identifier: args.get("identifier") } };
    case "GetRecord": {
      const metadataPrefix = args.get("metadataPrefix") ?? "";
      if (!isMetadataPrefix(metadataPrefix)) return cannotDisseminate(metadataPrefix);
      return { ok: true, request: { verb, identifier: args.get("identifier") ?? "", metadataPrefix } };
    }
    case "ListIdentifiers":
    case "ListRecords":
      return listRequest(verb, {
        metadataPrefix: args.get("metadataPrefix") ?? "",
        set: args.get("set"),
        from: args.get("from"),
        until: args.get("until"),
      });
  }
}

function cannotDisseminate(prefix: string): ParsedRequest {
  return fail("cannotDisseminateFormat", `This repository does not disseminate the format ${quoted(prefix)}; it offers oai_dc.`);
}

type ListArguments = { metadataPrefix: string; set?: string; from?: string; until?: string };

function listRequest(verb: ListVerb, args: ListArguments, token?: TokenPayload): ParsedRequest {
  // A token's arguments were checked when it was issued; failing now means it was not ours.
  const code = (usual: OaiErrorCode): OaiErrorCode => (token ? "badResumptionToken" : usual);
  const from = args.from === undefined ? undefined : parseDatestamp(args.from);
  const until = args.until === undefined ? undefined : parseDatestamp(args.until);
  if (from === null) return fail(code("badArgument"), "from must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ).");
  if (until === null) return fail(code("badArgument"), "until must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDThh:mm:ssZ).");
  if (from && until && from.granularity !== until.granularity) {
    return fail(code("badArgument"), "from and until must have the same granularity.");
  }
  if (from && until && from.start > until.start) return fail(code("badArgument"), "from is later than until.");
  if (args.set !== undefined && !SET_SPEC.test(args.set)) return fail(code("badArgument"), "set is not a well-formed setSpec.");
  if (!isMetadataPrefix(args.metadataPrefix)) return token ? fail("badResumptionToken", "The resumption token is not valid.") : cannotDisseminate(args.metadataPrefix);
  const query: ListQuery = {
    metadataPrefix: args.metadataPrefix,
    set: args.set,
    from,
    until,
    after: token ? token.after : null,
    cursor: token ? token.cursor : 0,
  };
  return { ok: true, request: { verb, query } };
}

function resume(verb: Verb, token: string): ParsedRequest {
  const invalid = fail("badResumptionToken", "The resumption token is not valid, or was not issued for this verb.");
  if (verb !== "ListIdentifiers" && verb !== "ListRecords") return invalid;
  const payload = decodeToken(token);
  if (!payload || payload.verb !== verb) return invalid;
  return listRequest(verb, payload, payload);
}
