import { afterEach, describe, expect, it } from "vitest";
import { apiRateLimit, DEFAULT_API_RATE_LIMIT } from "../../lib/api/rate-limit-setting";
import { DEFAULT_SEARCH_CACHE_SIZE, searchCacheSize } from "../../lib/search/cache-size";
import { DEFAULT_WARM_WORDS, warmWordsCount } from "../../lib/search/warm-words-setting";
import { configurationProblems } from "../../lib/settings-check";

const SETTINGS = ["API_RATE_LIMIT_PER_MINUTE", "SEARCH_CACHE_SIZE", "SEARCH_WARM_WORDS", "SMTP_URL", "OAI_REPOSITORY_IDENTIFIER"] as const;
const saved = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const name of SETTINGS) {
    const value = saved[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("the start-up check of settings read at each use", () => {
  it("finds nothing wrong with no settings at all", () => {
    for (const name of SETTINGS) delete process.env[name];
    expect(configurationProblems()).toEqual([]);
  });

  it.each([
    ["API_RATE_LIMIT_PER_MINUTE", "lots"],
    ["API_RATE_LIMIT_PER_MINUTE", "0"],
    ["API_RATE_LIMIT_PER_MINUTE", "2.5"],
    ["SEARCH_CACHE_SIZE", "1k"],
    ["SEARCH_CACHE_SIZE", "-1"],
    ["SEARCH_WARM_WORDS", "all"],
    ["SEARCH_WARM_WORDS", "1.5"],
    ["SMTP_URL", "mail.example.org"],
    ["OAI_REPOSITORY_IDENTIFIER", "localhost"],
  ] as const)("names %s=%j, so the server stops with that message instead of failing requests", (name, value) => {
    process.env[name] = value;
    const problems = configurationProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(name);
  });

  it("names every bad setting at once", () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "many";
    process.env.SEARCH_CACHE_SIZE = "big";
    expect(configurationProblems()).toEqual([
      "API_RATE_LIMIT_PER_MINUTE must be a whole number of at least 1",
      "SEARCH_CACHE_SIZE must be a whole number of 0 or more (0 turns the search cache off)",
    ]);
  });
});

describe("SEARCH_CACHE_SIZE", () => {
  it("takes whole numbers, 0 turning the cache off", () => {
    expect(searchCacheSize("0")).toBe(0);
    expect(searchCacheSize(" 250 ")).toBe(250);
  });

  it("counts unset or empty as the default", () => {
    expect(searchCacheSize(undefined)).toBe(DEFAULT_SEARCH_CACHE_SIZE);
    expect(searchCacheSize("")).toBe(DEFAULT_SEARCH_CACHE_SIZE);
  });

  it("refuses what is not a whole number instead of turning the cache off", () => {
    expect(() => searchCacheSize("1k")).toThrow(/SEARCH_CACHE_SIZE/);
    expect(() => searchCacheSize("10.5")).toThrow(/SEARCH_CACHE_SIZE/);
  });
});

describe("API_RATE_LIMIT_PER_MINUTE", () => {
  it("counts unset or empty as the default", () => {
    delete process.env.API_RATE_LIMIT_PER_MINUTE;
    expect(apiRateLimit()).toBe(DEFAULT_API_RATE_LIMIT);
    process.env.API_RATE_LIMIT_PER_MINUTE = "";
    expect(apiRateLimit()).toBe(DEFAULT_API_RATE_LIMIT);
  });
});

describe("SEARCH_WARM_WORDS", () => {
  it("takes whole numbers, 0 warming no word, and counts unset or empty as the default", () => {
    expect(warmWordsCount("0")).toBe(0);
    expect(warmWordsCount(" 50 ")).toBe(50);
    expect(warmWordsCount(undefined)).toBe(DEFAULT_WARM_WORDS);
    expect(warmWordsCount("")).toBe(DEFAULT_WARM_WORDS);
    expect(() => warmWordsCount("-3")).toThrow(/SEARCH_WARM_WORDS/);
  });
});
