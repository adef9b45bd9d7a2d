import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_ADMIN_EMAIL, DEFAULT_REPOSITORY_IDENTIFIER, oaiConfig } from "../../lib/oai/config";
import { configurationProblems } from "../../lib/settings-check";
import { oaiIdentifier, slugOfIdentifier } from "../../lib/oai/identifiers";

// The patterns of the official schemas: OAI-PMH.xsd's emailType and oai-identifier.xsd's repositoryIdentifierType.
const XSD_EMAIL = /^\S+@(\S+\.)+\S+$/;
const XSD_REPOSITORY_IDENTIFIER = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;

const SETTINGS = ["NEXTAUTH_URL", "OAI_REPOSITORY_IDENTIFIER", "OAI_ADMIN_EMAIL", "MAIL_FROM"] as const;
const saved = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name]]));

function setEnv(values: Partial<Record<(typeof SETTINGS)[number], string>>) {
  for (const name of SETTINGS) {
    const value = values[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

afterEach(() => {
  for (const name of SETTINGS) {
    const value = saved[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("the OAI-PMH settings", () => {
  it("default to values the official schemas accept", () => {
    setEnv({});
    const config = oaiConfig();
    expect(config).toEqual({ repositoryIdentifier: DEFAULT_REPOSITORY_IDENTIFIER, adminEmail: DEFAULT_ADMIN_EMAIL });
    expect(config.adminEmail).toMatch(XSD_EMAIL);
    expect(config.repositoryIdentifier).toMatch(XSD_REPOSITORY_IDENTIFIER);
  });

  it("never answer the default sender no-reply@localhost as adminEmail, which the schema refuses", () => {
    setEnv({ MAIL_FROM: "STEM Clearinghouse <no-reply@localhost>" });
    expect(oaiConfig().adminEmail).toMatch(XSD_EMAIL);
    expect(oaiConfig().adminEmail).not.toBe("no-reply@localhost");
  });

  it("take the sender's address when it is valid, and OAI_ADMIN_EMAIL above all", () => {
    setEnv({ MAIL_FROM: "Clearinghouse <mail@alliance.example.org>" });
    expect(oaiConfig().adminEmail).toBe("mail@alliance.example.org");
    setEnv({ MAIL_FROM: "Clearinghouse <mail@alliance.example.org>", OAI_ADMIN_EMAIL: "oai@alliance.example.org" });
    expect(oaiConfig().adminEmail).toBe("oai@alliance.example.org");
  });

  it.each([
    [{ OAI_ADMIN_EMAIL: "admin@localhost" }, /OAI_ADMIN_EMAIL/],
    [{ OAI_ADMIN_EMAIL: "not an address" }, /OAI_ADMIN_EMAIL/],
    [{ OAI_REPOSITORY_IDENTIFIER: "localhost" }, /OAI_REPOSITORY_IDENTIFIER/],
    [{ OAI_REPOSITORY_IDENTIFIER: "example.org:3000" }, /OAI_REPOSITORY_IDENTIFIER/],
    [{ OAI_REPOSITORY_IDENTIFIER: "1example.org" }, /OAI_REPOSITORY_IDENTIFIER/],
  ])("refuse %j with a message naming the setting", (values, message) => {
    setEnv(values);
    expect(() => oaiConfig()).toThrow(message);
    expect(configurationProblems().join("\n")).toMatch(message);
  });

  it("report no problem when the settings are valid", () => {
    setEnv({ OAI_REPOSITORY_IDENTIFIER: "clearinghouse.example.org", OAI_ADMIN_EMAIL: "oai@example.org" });
    expect(configurationProblems()).toEqual([]);
  });
});

describe("record identifiers", () => {
  it("are the same whatever address the site answers on", () => {
    const ids = ["http://localhost:3000", "http://127.0.0.1:3106", "https://stem.example.org"].map((url) => {
      setEnv({ NEXTAUTH_URL: url });
      return oaiIdentifier("quakesafe");
    });
    expect(ids).toEqual([`oai:${DEFAULT_REPOSITORY_IDENTIFIER}:quakesafe`, `oai:${DEFAULT_REPOSITORY_IDENTIFIER}:quakesafe`, `oai:${DEFAULT_REPOSITORY_IDENTIFIER}:quakesafe`]);
  });

  it("use OAI_REPOSITORY_IDENTIFIER and read back only its own", () => {
    setEnv({ NEXTAUTH_URL: "http://127.0.0.1:3000", OAI_REPOSITORY_IDENTIFIER: "clearinghouse.example.org" });
    expect(oaiIdentifier("quakesafe")).toBe("oai:clearinghouse.example.org:quakesafe");
    expect(slugOfIdentifier("oai:clearinghouse.example.org:quakesafe")).toBe("quakesafe");
    expect(slugOfIdentifier("oai:127.0.0.1:quakesafe")).toBeNull();
    expect(slugOfIdentifier(`oai:${DEFAULT_REPOSITORY_IDENTIFIER}:quakesafe`)).toBeNull();
  });
});
