import { describe, expect, it } from "vitest";
import { MeiliConfigError, meiliConfig } from "../../lib/search/meilisearch/config";

describe("meiliConfig", () => {
  it("is null without MEILI_URL, whatever else is set", () => {
    expect(meiliConfig({})).toBeNull();
    expect(meiliConfig({ MEILI_URL: " ", MEILI_MASTER_KEY: "k" })).toBeNull();
  });

  it("uses the master key for reads and writes, with defaults", () => {
    expect(meiliConfig({ MEILI_URL: "http://localhost:7700", MEILI_MASTER_KEY: "master" })).toEqual({
      url: "http://localhost:7700",
      searchKey: "master",
      adminKey: "master",
      index: "entries",
      timeoutMs: 2000,
    });
  });

  it("uses a search key for reads and an admin key for writes", () => {
    const config = meiliConfig({
      MEILI_URL: "https://search.example.org",
      MEILI_SEARCH_KEY: "s",
      MEILI_ADMIN_KEY: "a",
      MEILI_INDEX: "catalogue_v2",
      MEILI_TIMEOUT_MS: "500",
    });
    expect(config).toMatchObject({ searchKey: "s", adminKey: "a", index: "catalogue_v2", timeoutMs: 500 });
  });

  it("explains inconsistent or missing keys", () => {
    const url = { MEILI_URL: "http://localhost:7700" };
    expect(() => meiliConfig(url)).toThrow(/MEILI_MASTER_KEY, or MEILI_SEARCH_KEY with MEILI_ADMIN_KEY/);
    expect(() => meiliConfig({ ...url, MEILI_SEARCH_KEY: "s" })).toThrow(/must be set together/);
    expect(() => meiliConfig({ ...url, MEILI_ADMIN_KEY: "a" })).toThrow(/must be set together/);
    expect(() => meiliConfig({ ...url, MEILI_MASTER_KEY: "m", MEILI_SEARCH_KEY: "s", MEILI_ADMIN_KEY: "a" })).toThrow(
      /not both/,
    );
    expect(() => meiliConfig({ ...url, MEILI_MASTER_KEY: "m", MEILI_SEARCH_KEY: "s" })).toThrow(MeiliConfigError);
  });

  it("rejects a malformed URL, index name or timeout", () => {
    const ok = { MEILI_URL: "http://localhost:7700", MEILI_MASTER_KEY: "m" };
    expect(() => meiliConfig({ ...ok, MEILI_URL: "localhost:7700" })).toThrow(MeiliConfigError);
    expect(() => meiliConfig({ ...ok, MEILI_INDEX: "bad name" })).toThrow(/MEILI_INDEX/);
    expect(() => meiliConfig({ ...ok, MEILI_TIMEOUT_MS: "soon" })).toThrow(/MEILI_TIMEOUT_MS/);
  });
});
