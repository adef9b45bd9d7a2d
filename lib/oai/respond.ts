import "server-only";
import { parseArguments, type ParsedRequest } from "./arguments";
import { formatDatestamp } from "./datestamps";
import { baseUrl } from "./identifiers";
import { OAI_NAMESPACE, OAI_SCHEMA, XSI_NAMESPACE, type OaiError } from "./protocol";
import { answerVerb } from "./verbs";
import { element, xmlDocument, type Attributes, type Markup } from "./xml";

// GET and POST /oai. Protocol errors are answers too: HTTP 200 with an
// <error> element, as OAI-PMH requires.

const CONTENT_TYPE = "text/xml; charset=utf-8";
const MAX_ARGUMENTS_LENGTH = 8192;

/** The only names that may appear as attributes of <request>. */
const ARGUMENT_NAMES = new Set(["verb", "identifier", "metadataPrefix", "from", "until", "set", "resumptionToken"]);

type Pairs = [string, string][];

async function readArguments(request: Request): Promise<Pairs | OaiError> {
  const tooLong: OaiError = { code: "badArgument", message: `The arguments are longer than ${MAX_ARGUMENTS_LENGTH} characters.` };
  if (request.method === "POST") {
    const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (type !== "application/x-www-form-urlencoded") {
      return { code: "badArgument", message: "A POST request must send its arguments as application/x-www-form-urlencoded." };
    }
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_ARGUMENTS_LENGTH) return tooLong;
    const body = await request.text();
    return body.length > MAX_ARGUMENTS_LENGTH ? tooLong : [...new URLSearchParams(body)];
  }
  const search = new URL(request.url).search;
  return search.length > MAX_ARGUMENTS_LENGTH ? tooLong : [...new URLSearchParams(search)];
}

function envelope(requestAttributes: Attributes, content: Markup | OaiError): string {
  const body = "code" in content ? element("error", { code: content.code }, content.message) : content;
  return xmlDocument(
    element(
      "OAI-PMH",
      { xmlns: OAI_NAMESPACE, "xmlns:xsi": XSI_NAMESPACE, "xsi:schemaLocation": `${OAI_NAMESPACE} ${OAI_SCHEMA}` },
      element("responseDate", {}, formatDatestamp(new Date())),
      element("request", requestAttributes, baseUrl()),
      body,
    ),
  );
}

/**
 * The request's arguments as attributes of <request>, for a request that was
 * well formed: after badVerb or badArgument the protocol wants none.
 */
function echo(pairs: Pairs, parsed: ParsedRequest): Attributes {
  if (!parsed.ok && (parsed.error.code === "badVerb" || parsed.error.code === "badArgument")) return {};
  return Object.fromEntries(pairs.filter(([name]) => ARGUMENT_NAMES.has(name)));
}

export async function oaiResponse(request: Request): Promise<Response> {
  const pairs = await readArguments(request);
  let xml: string;
  if (!Array.isArray(pairs)) {
    xml = envelope({}, pairs);
  } else {
    const parsed = parseArguments(pairs);
    const outcome = parsed.ok ? await answerVerb(parsed.request) : parsed;
    xml = envelope(echo(pairs, outcome.ok ? parsed : { ok: false, error: outcome.error }), outcome.ok ? outcome.body : outcome.error);
  }
  return new Response(xml, { headers: { "Content-Type": CONTENT_TYPE } });
}
