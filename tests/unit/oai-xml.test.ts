import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { oaiIdentifier, slugOfIdentifier } from "../../lib/oai/identifiers";
import { setFilter, SETS, setSpecsOf } from "../../lib/oai/sets";
import { element, escapeXml, xmlDocument } from "../../lib/oai/xml";

const HOSTILE = `</title><script>alert('x')</script> & "quotes" ]]> \u0001\u000B\uFFFE\uD800 end`;

describe("the XML writer", () => {
  it("escapes the five special characters and drops characters XML forbids", () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f");
    expect(escapeXml("bell\u0007 tab\t newline\n emoji 🧪 lone\uDC00")).toBe("bell tab\t newline\n emoji 🧪 lone");
  });

  it("keeps hostile text and attribute values as text", () => {
    const xml = xmlDocument(element("root", { note: HOSTILE, gone: undefined }, element("title", {}, HOSTILE), [element("empty")]));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("gone=");
    expect(xml).toContain("<empty/>");
    const parsed: unknown = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, trimValues: false }).parse(xml);
    const expected = `</title><script>alert('x')</script> & "quotes" ]]>  end`;
    expect(parsed).toEqual({ "?xml": expect.anything(), root: { "@_note": expected, title: expected, empty: "" } });
  });
});

describe("identifiers and sets", () => {
  it("turn slugs into oai identifiers and back, and refuse others", () => {
    const id = oaiIdentifier("quakesafe");
    expect(id).toMatch(/^oai:[a-z0-9.-]+:quakesafe$/);
    expect(slugOfIdentifier(id)).toBe("quakesafe");
    expect(slugOfIdentifier("oai:example.org:quakesafe")).toBeNull();
    expect(slugOfIdentifier(`${id}/../x`)).toBeNull();
    expect(slugOfIdentifier("quakesafe")).toBeNull();
  });

  it("list kinds and countries under their two parent sets", () => {
    expect(SETS.find((s) => s.spec === "kind:project-team")?.name).toBe("Project team");
    expect(SETS.find((s) => s.spec === "country:RO")?.name).toBe("Romania");
    expect(setFilter("kind")).toEqual({ facet: "kind", value: null });
    expect(setFilter("country:MK")).toEqual({ facet: "country", value: "MK" });
    expect(setFilter("country:XX")).toBeNull();
    expect(setFilter("country:ro")).toBeNull();
    expect(setSpecsOf({ kind: "programme", countries: ["RO", "BE"] })).toEqual(["kind:programme", "country:RO", "country:BE"]);
  });
});
