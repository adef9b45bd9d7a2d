// Fixed facts of the OAI-PMH 2.0 interface: namespaces, verbs, error codes,
// the one metadata format we disseminate and the size of a list's page.

export const OAI_NAMESPACE = "http://www.openarchives.org/OAI/2.0/";
export const OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";
export const OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";
export const OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
export const DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";
export const OAI_IDENTIFIER_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai-identifier";
export const OAI_IDENTIFIER_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd";
export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";

export const VERBS = ["Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers", "ListRecords", "GetRecord"] as const;
export type Verb = (typeof VERBS)[number];

export type OaiErrorCode =
  | "badVerb"
  | "badArgument"
  | "cannotDisseminateFormat"
  | "idDoesNotExist"
  | "noRecordsMatch"
  | "badResumptionToken";

export type OaiError = { code: OaiErrorCode; message: string };

export const METADATA_FORMATS = [{ prefix: "oai_dc", schema: OAI_DC_SCHEMA, namespace: OAI_DC_NAMESPACE }] as const;
export type MetadataPrefix = (typeof METADATA_FORMATS)[number]["prefix"];

export function isMetadataPrefix(value: string): value is MetadataPrefix {
  return METADATA_FORMATS.some((f) => f.prefix === value);
}

/** Headers or records per answer of ListIdentifiers and ListRecords. */
export const PAGE_SIZE = 50;

export const GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";
