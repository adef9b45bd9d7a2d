import "server-only";
import type { ListQuery, ListVerb, OaiRequest } from "./arguments";
import { formatDatestamp } from "./datestamps";
import { oaiDublinCore } from "./dublin-core";
import { oaiConfig } from "./config";
import { baseUrl, oaiIdentifier, slugOfIdentifier } from "./identifiers";
import { GRANULARITY, METADATA_FORMATS, OAI_IDENTIFIER_NAMESPACE, OAI_IDENTIFIER_SCHEMA, PAGE_SIZE, XSI_NAMESPACE, type OaiError } from "./protocol";
import { countRecords, earliestDatestamp, getRecord, listRecords, type OaiRecord, type RecordFilter } from "./records";
import { encodeToken } from "./resumption-token";
import { setFilter, SETS, setSpecsOf } from "./sets";
import { element, type Markup } from "./xml";

// What each verb answers: the verb's element, or the protocol error that
// stands in its place.

export type VerbOutcome = { ok: true; body: Markup } | { ok: false; error: OaiError };

const failure = (code: OaiError["code"], message: string): VerbOutcome => ({ ok: false, error: { code, message } });
const unknownIdentifier = () => failure("idDoesNotExist", "This repository has no record with that identifier.");
const noRecords = () => failure("noRecordsMatch", "No record matches these arguments.");

export async function answerVerb(request: OaiRequest): Promise<VerbOutcome> {
  switch (request.verb) {
    case "Identify":
      return { ok: true, body: await identify() };
    case "ListMetadataFormats":
      return listMetadataFormats(request.identifier);
    case "ListSets":
      return { ok: true, body: element("ListSets", {}, SETS.map((s) => element("set", {}, element("setSpec", {}, s.spec), element("setName", {}, s.name)))) };
    case "GetRecord": {
      const record = await findRecord(request.identifier);
      return record ? { ok: true, body: element("GetRecord", {}, recordElement(record)) } : unknownIdentifier();
    }
    case "ListIdentifiers":
    case "ListRecords":
      return listVerb(request.verb, request.query);
  }
}

/** Declares the identifier scheme, so a harvester or validator can check every record's identifier against it. */
function identifierDescription(repositoryIdentifier: string): Markup {
  return element(
    "description",
    {},
    element(
      "oai-identifier",
      { xmlns: OAI_IDENTIFIER_NAMESPACE, "xmlns:xsi": XSI_NAMESPACE, "xsi:schemaLocation": `${OAI_IDENTIFIER_NAMESPACE} ${OAI_IDENTIFIER_SCHEMA}` },
      element("scheme", {}, "oai"),
      element("repositoryIdentifier", {}, repositoryIdentifier),
      element("delimiter", {}, ":"),
      element("sampleIdentifier", {}, oaiIdentifier("an-entry-slug")),
    ),
  );
}

async function identify(): Promise<Markup> {
  const earliest = await earliestDatestamp();
  const { adminEmail, repositoryIdentifier } = oaiConfig();
  return element(
    "Identify",
    {},
    element("repositoryName", {}, "STEM Clearinghouse"),
    element("baseURL", {}, baseUrl()),
    element("protocolVersion", {}, "2.0"),
    element("adminEmail", {}, adminEmail),
    // An empty repository has no oldest record; the start of time bounds any harvest.
    element("earliestDatestamp", {}, formatDatestamp(earliest ?? new Date(0))),
    element("deletedRecord", {}, "persistent"),
    element("granularity", {}, GRANULARITY),
    identifierDescription(repositoryIdentifier),
  );
}

async function findRecord(identifier: string): Promise<OaiRecord | null> {
  const slug = slugOfIdentifier(identifier);
  return slug ? getRecord(slug) : null;
}

async function listMetadataFormats(identifier: string | undefined): Promise<VerbOutcome> {
  // Every record, deleted or not, is offered in every format there is.
  if (identifier !== undefined && !(await findRecord(identifier))) return unknownIdentifier();
  const formats = METADATA_FORMATS.map((f) =>
    element(
      "metadataFormat",
      {},
      element("metadataPrefix", {}, f.prefix),
      element("schema", {}, f.schema),
      element("metadataNamespace", {}, f.namespace),
    ),
  );
  return { ok: true, body: element("ListMetadataFormats", {}, formats) };
}

function headerElement(record: OaiRecord): Markup {
  return element(
    "header",
    { status: record.deleted ? "deleted" : undefined },
    element("identifier", {}, oaiIdentifier(record.slug)),
    element("datestamp", {}, formatDatestamp(record.datestamp)),
    setSpecsOf(record).map((spec) => element("setSpec", {}, spec)),
  );
}

/** A deleted record is its header alone: its metadata is no longer public. */
function recordElement(record: OaiRecord): Markup {
  return element("record", {}, headerElement(record), record.deleted ? null : element("metadata", {}, oaiDublinCore(record)));
}

async function listVerb(verb: ListVerb, query: ListQuery): Promise<VerbOutcome> {
  const set = query.set === undefined ? undefined : setFilter(query.set);
  // A well-formed set this repository does not have holds no records.
  if (set === null) return noRecords();
  const filter: RecordFilter = { set, from: query.from, until: query.until };
  const found = await listRecords(filter, query.after, PAGE_SIZE + 1);
  if (found.length === 0) return noRecords();
  const page = found.slice(0, PAGE_SIZE);
  const more = found.length > PAGE_SIZE;
  const last = page.at(-1);
  let token: Markup | null = null;
  // A list that fits one answer has no token; a split one gets a token on every page, empty on the last.
  if (more || query.cursor > 0) {
    const attributes = { completeListSize: await countRecords(filter), cursor: query.cursor };
    const next =
      more && last
        ? encodeToken({
            verb,
            metadataPrefix: query.metadataPrefix,
            set: query.set,
            from: query.from?.text,
            until: query.until?.text,
            after: { at: last.datestamp.getTime(), slug: last.slug },
            cursor: query.cursor + page.length,
          })
        : "";
    token = element("resumptionToken", attributes, next);
  }
  const items = page.map((record) => (verb === "ListRecords" ? recordElement(record) : headerElement(record)));
  return { ok: true, body: element(verb, {}, items, token) };
}
