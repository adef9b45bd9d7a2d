import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseArguments, type ParsedRequest } from "../../lib/oai/arguments";
import { endOf, formatDatestamp, parseDatestamp } from "../../lib/oai/datestamps";
import { decodeToken, encodeToken, type TokenPayload } from "../../lib/oai/resumption-token";

const parse = (query: string) => parseArguments([...new URLSearchParams(query)]);
const codeOf = (parsed: ParsedRequest) => (parsed.ok ? "ok" : parsed.error.code);

const payload: TokenPayload = {
  verb: "ListRecords",
  metadataPrefix: "oai_dc",
  set: "kind:programme",
  from: "2020-01-01",
  after: { at: Date.UTC(2025, 0, 2, 3, 4, 5, 678), slug: "quakesafe" },
  cursor: 50,
};

describe("the verb", () => {
  it.each([
    ["", "missing"],
    ["metadataPrefix=oai_dc", "missing"],
    ["verb=Nope", "unknown"],
    ["verb=identify", "wrong case"],
    ["verb=", "empty"],
    ["verb=Identify&verb=Identify", "repeated"],
    ["verb=Identify&verb=ListSets", "repeated with another"],
  ])("%s is a badVerb (%s)", (query) => {
    expect(codeOf(parse(query))).toBe("badVerb");
  });

  it("accepts each of the six verbs with their arguments", () => {
    expect(parse("verb=Identify")).toEqual({ ok: true, request: { verb: "Identify" } });
    expect(parse("verb=ListSets")).toEqual({ ok: true, request: { verb: "ListSets" } });
    expect(parse("verb=ListMetadataFormats")).toEqual({ ok: true, request: { verb: "ListMetadataFormats" } });
    expect(parse("verb=ListMetadataFormats&identifier=oai:x:y")).toEqual({
      ok: true,
      request: { verb: "ListMetadataFormats", identifier: "oai:x:y" },
    });
    expect(parse("verb=GetRecord&identifier=oai:x:y&metadataPrefix=oai_dc")).toEqual({
      ok: true,
      request: { verb: "GetRecord", identifier: "oai:x:y", metadataPrefix: "oai_dc" },
    });
    for (const verb of ["ListIdentifiers", "ListRecords"]) {
      const parsed = parse(`verb=${verb}&metadataPrefix=oai_dc&set=country:RO&from=2024-01-01&until=2024-12-31`);
      expect(parsed.ok && parsed.request).toMatchObject({
        verb,
        query: { metadataPrefix: "oai_dc", set: "country:RO", after: null, cursor: 0, from: { granularity: "day" }, until: { text: "2024-12-31" } },
      });
    }
  });
});

describe("arguments", () => {
  it.each([
    ["verb=Identify&set=kind:programme", "an argument Identify does not take"],
    ["verb=Identify&foo=bar", "an unknown argument"],
    ["verb=ListSets&metadataPrefix=oai_dc", "an argument ListSets does not take"],
    ["verb=GetRecord&identifier=oai:x:y&metadataPrefix=oai_dc&from=2024-01-01", "from on GetRecord"],
    ["verb=ListMetadataFormats&identifier=a&identifier=b", "a repeated identifier"],
    ["verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "a repeated metadataPrefix"],
    ["verb=ListRecords&metadataPrefix=oai_dc&set=kind:programme&set=kind:platform", "a repeated set"],
    ["verb=GetRecord&metadataPrefix=oai_dc", "GetRecord without identifier"],
    ["verb=GetRecord&identifier=oai:x:y", "GetRecord without metadataPrefix"],
    ["verb=GetRecord", "GetRecord without either"],
    ["verb=ListRecords", "ListRecords without metadataPrefix"],
    ["verb=ListIdentifiers&set=kind:programme", "ListIdentifiers without metadataPrefix"],
    ["verb=ListRecords&metadataPrefix=", "an empty metadataPrefix"],
    ["verb=ListRecords&metadataPrefix=oai_dc&set=a%20b", "a malformed set"],
    ["verb=ListRecords&metadataPrefix=oai_dc&set=kind:", "a set ending in a colon"],
  ])("%s is a badArgument (%s)", (query) => {
    expect(codeOf(parse(query))).toBe("badArgument");
  });

  it("refuses a resumptionToken together with any other argument", () => {
    const token = encodeToken(payload);
    expect(codeOf(parse(`verb=ListRecords&resumptionToken=${token}`))).toBe("ok");
    expect(codeOf(parse(`verb=ListRecords&resumptionToken=${token}&metadataPrefix=oai_dc`))).toBe("badArgument");
    expect(codeOf(parse(`verb=ListRecords&resumptionToken=${token}&from=2024-01-01`))).toBe("badArgument");
    expect(codeOf(parse(`verb=ListSets&resumptionToken=x&set=kind`))).toBe("badArgument");
    expect(codeOf(parse(`verb=ListRecords&resumptionToken=${token}&resumptionToken=${token}`))).toBe("badArgument");
  });

  it("answers an unknown metadata format with cannotDisseminateFormat", () => {
    expect(codeOf(parse("verb=ListRecords&metadataPrefix=marc21"))).toBe("cannotDisseminateFormat");
    expect(codeOf(parse("verb=ListIdentifiers&metadataPrefix=OAI_DC"))).toBe("cannotDisseminateFormat");
    expect(codeOf(parse("verb=GetRecord&identifier=oai:x:y&metadataPrefix=mods"))).toBe("cannotDisseminateFormat");
  });
});

describe("from and until", () => {
  it.each([
    "from=2024-13-01",
    "from=2024-02-30",
    "from=2024-1-1",
    "until=yesterday",
    "from=2024-01-01T10:00:00",
    "from=2024-01-01T10:00:00.000Z",
    "from=2024-01-01T10:00:00%2B01:00",
    "until=2024-01-01T24:00:00Z",
    "from=2024-01-01&until=2024-01-02T00:00:00Z",
    "from=2024-06-02&until=2024-06-01",
    "from=2024-06-01T10:00:01Z&until=2024-06-01T10:00:00Z",
  ])("%s is a badArgument", (dates) => {
    expect(codeOf(parse(`verb=ListIdentifiers&metadataPrefix=oai_dc&${dates}`))).toBe("badArgument");
  });

  it.each(["from=2024-01-01", "until=2024-01-01T12:30:00Z", "from=2024-02-29&until=2024-02-29", "from=2024-01-01T00:00:00Z&until=2024-01-01T00:00:00Z"])(
    "%s is accepted",
    (dates) => {
      expect(codeOf(parse(`verb=ListRecords&metadataPrefix=oai_dc&${dates}`))).toBe("ok");
    },
  );

  it("read either granularity and end an until at its last second", () => {
    const day = parseDatestamp("2024-02-29");
    const second = parseDatestamp("2024-02-29T23:59:59Z");
    expect(day?.granularity).toBe("day");
    expect(second?.granularity).toBe("second");
    expect(day && endOf(day).toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(second && endOf(second).toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(formatDatestamp(new Date(Date.UTC(2025, 4, 6, 7, 8, 9, 999)))).toBe("2025-05-06T07:08:09Z");
  });
});

describe("resumption tokens", () => {
  it("carry the list request and the position of the last record", () => {
    const parsed = parse(`verb=ListRecords&resumptionToken=${encodeToken(payload)}`);
    expect(parsed.ok && parsed.request).toMatchObject({
      verb: "ListRecords",
      query: { metadataPrefix: "oai_dc", set: "kind:programme", from: { text: "2020-01-01" }, after: payload.after, cursor: 50 },
    });
    expect(decodeToken(encodeToken(payload))).toEqual(payload);
  });

  it("are refused when garbled, altered, for another verb or for ListSets", () => {
    const token = encodeToken(payload);
    const body = token.split(".")[0] ?? "";
    const forged = (changes: Record<string, unknown>) => {
      const json = JSON.stringify({ ...payload, ...changes });
      const encoded = Buffer.from(json).toString("base64url");
      return `${encoded}.${token.split(".")[1]}`;
    };
    const bad = [
      "garbage",
      "",
      `${token}x`,
      `${body.slice(0, -2)}AA.${token.split(".")[1]}`,
      forged({ cursor: 1000 }),
      `${"a".repeat(3000)}.abcdefghijkl`,
    ];
    for (const t of bad) {
      const parsed = parseArguments([["verb", "ListRecords"], ["resumptionToken", t]]);
      // An empty value is a badArgument before it is a token at all.
      expect(codeOf(parsed)).toBe(t === "" ? "badArgument" : "badResumptionToken");
    }
    expect(codeOf(parse(`verb=ListIdentifiers&resumptionToken=${token}`))).toBe("badResumptionToken");
    expect(codeOf(parse(`verb=ListSets&resumptionToken=${token}`))).toBe("badResumptionToken");
  });

  it("are refused when their content breaks the protocol's rules, checksum or not", () => {
    const rogue = (changes: Partial<Record<keyof TokenPayload | "extra", unknown>>) => {
      const body = Buffer.from(JSON.stringify({ ...payload, ...changes })).toString("base64url");
      return encodeWithBody(body);
    };
    for (const changes of [
      { from: "2024-02-30" },
      { from: "2025-01-02", until: "2025-01-01" },
      { from: "2025-01-01", until: "2025-01-01T00:00:00Z" },
      { metadataPrefix: "marc21" },
      { cursor: -1 },
      { after: { at: 1, slug: "<script>" } },
      { extra: 1 },
    ]) {
      expect(codeOf(parseArguments([["verb", "ListRecords"], ["resumptionToken", rogue(changes)]]))).toBe("badResumptionToken");
    }
  });
});

/** A token with this body and a correct checksum, as only a forger who read our code would make. */
function encodeWithBody(body: string): string {
  return `${body}.${createHash("sha256").update(body).digest("base64url").slice(0, 12)}`;
}
