import { describe, expect, it } from "vitest";
import { cleanParagraphs } from "../../lib/forms/clean-text";
import { defang, quoted, shortTitle, subjectLine } from "../../lib/contact/relay-text";
import { minutesToWait } from "../../lib/contact/limits";

// The relayed mail's text: nothing a visitor writes can pass for the site's
// own words or links (lib/contact/relay-text.ts).

describe("the visitor's words in the relayed mail", () => {
  it("defang web addresses, whatever their case", () => {
    expect(defang("See https://evil.example/login and HTTP://x.example, ftp://files.example or www.example.org")).toBe(
      "See hxxps://evil[.]example/login and HxxP://x[.]example, fxp://files[.]example or www[.]example[.]org",
    );
    expect(defang("An email like ada@example.org stays as it is")).toBe("An email like ada@example.org stays as it is");
  });

  it("defang bare domains, which mail programs link as readily as full addresses", () => {
    expect(defang("Log in at paypal-secure.example/login or Secure.Bank-Login.co.uk today.")).toBe(
      "Log in at paypal-secure[.]example/login or Secure[.]Bank-Login[.]co[.]uk today.",
    );
    expect(defang("Наш сайт: пример.мкд, и Straße.de")).toBe("Наш сайт: пример[.]мкд, и Straße[.]de");
  });

  it("leave numbers, abbreviations and sentence ends alone", () => {
    const text = "We reached 3.5 times more pupils (e.g. in grades 5-8, i.e. ages 11-14). Version 2.1 is out. End.";
    expect(defang(text)).toBe(text);
  });

  it("are quoted line by line, so a forged footer is still marked as theirs", () => {
    expect(quoted("Hello,\n\n-- \nThe STEM Clearinghouse team: https://evil.example")).toBe(
      "> Hello,\n>\n> -- \n> The STEM Clearinghouse team: hxxps://evil[.]example",
    );
  });

  it("keep their paragraphs but lose control and reordering characters", () => {
    expect(cleanParagraphs("  Dear team,\r\n\r\n\r\n\r\nwe\u202Egnp.exe\u0007 want  to\tknow.  \n")).toBe("Dear team,\n\nwegnp.exe want  to\tknow.");
  });
});

describe("the subject line", () => {
  it("cuts a long title at a word, with an ellipsis", () => {
    const title = "Advancing Innovative STEM Education and Research in Earthquake Engineering toward Sustainable Environment: QUAKESAFE";
    const short = shortTitle(title);
    expect(short.length).toBeLessThanOrEqual(100);
    expect(short).toMatch(/ Sustainable…$/);
    expect(shortTitle("Short title")).toBe("Short title");
  });

  it("never passes what mail allows", () => {
    expect(subjectLine("x".repeat(250))).toHaveLength(200);
  });
});

describe("the wait a refusal names", () => {
  it("is whole minutes, never one", () => {
    expect(minutesToWait(1)).toBe(2);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(600)).toBe(10);
    expect(minutesToWait(601)).toBe(11);
  });
});
