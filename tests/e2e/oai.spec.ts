import { expect, test } from "./support/test";

// The OAI-PMH endpoint as a harvester meets it.

test("Identify answers with the repository's description as XML", async ({ request }) => {
  const response = await request.get("/oai?verb=Identify");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/xml; charset=utf-8");
  const body = await response.text();
  expect(body).toMatch(/^<\?xml /);
  expect(body).toContain("<repositoryName>STEM Clearinghouse</repositoryName>");
  expect(body).toContain("<protocolVersion>2.0</protocolVersion>");
});

test("an unknown verb is a badVerb error, still with status 200", async ({ request }) => {
  const response = await request.get("/oai?verb=Nope");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/xml; charset=utf-8");
  expect(await response.text()).toContain('<error code="badVerb">');
});
