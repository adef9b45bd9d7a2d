import { describe, expect, it } from "vitest";
import { z } from "zod";
import { resetPasswordSchema, signInSchema } from "../../lib/auth/schema";
import { IDLE, isFailed, toActionState } from "../../lib/forms/action-state";
import { fieldNames, formInput } from "../../lib/forms/form-input";
import { organisationSchema } from "../../lib/organisations/schema";
import { fail, invalid } from "../../lib/result";
import { proposalDraftSchema, reviewDecisionSchema } from "../../lib/submissions/schema";
import { describedBy, errorsAt, fieldId } from "../../components/forms/ids";
import { problemsOf } from "../../components/forms/problems";

// The pure parts of the form kit (issue 11, "Forms: one kit"): reading a form
// through the schema that names its fields, turning zod issues into field
// errors, and the state a form shows.

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("formInput", () => {
  it("reads the fields the schema names, and only those, as text without NUL", () => {
    const data = form([["email", " a\u0000@example.org "], ["password", "secret"], ["role", "admin"]]);
    expect(formInput(data, signInSchema)).toEqual({ email: " a@example.org ", password: "secret" });
  });

  it("reads a missing field or a file as an empty string, for lib's schema to judge", () => {
    const data = form([["email", new Blob(["x"])]]);
    expect(formInput(data, signInSchema)).toEqual({ email: "", password: "" });
  });

  it("lists the fields of refined, preprocessed and union schemas", () => {
    expect(fieldNames(resetPasswordSchema)).toEqual(["token", "password", "confirm"]);
    expect(fieldNames(organisationSchema)).toEqual(["name", "slug", "country"]);
    expect(fieldNames(reviewDecisionSchema)).toEqual(["decision", "proposalId", "expectedVersion", "comment", "fieldComments"]);
  });

  it("takes the first value of a field given twice", () => {
    expect(formInput(form([["name", "A"], ["name", "B"]]), z.object({ name: z.string() }))).toEqual({ name: "A" });
  });
});

describe("invalid", () => {
  it("keys zod issues by their dotted path, and pathless ones under _form", () => {
    const schema = z.object({ title: z.string().min(2, "Too short"), sources: z.array(z.object({ url: z.string().min(1, "Give the address") })) });
    const parsed = schema.safeParse({ title: "R", sources: [{ url: "" }] });
    if (parsed.success) throw new Error("expected a failure");
    expect(invalid(parsed.error)).toEqual({
      ok: false,
      code: "invalid",
      message: "Some fields need attention.",
      fieldErrors: { title: ["Too short"], "sources.0.url": ["Give the address"] },
    });
    const whole = z.object({}).refine(() => false, "Something across fields").safeParse({});
    if (whole.success) throw new Error("expected a failure");
    expect(invalid(whole.error, "Not like this.").fieldErrors).toEqual({ _form: ["Something across fields"] });
  });

  it("gathers every message of a path", () => {
    const parsed = proposalDraftSchema.safeParse({ kind: "nope", title: "" });
    if (parsed.success) throw new Error("expected a failure");
    const failure = invalid(parsed.error);
    expect(Object.keys(failure.fieldErrors).sort()).toEqual(["kind", "title"]);
  });
});

describe("toActionState", () => {
  it("turns a success into an ok state with its message and values", () => {
    expect(toActionState({ ok: true }, { email: "a@example.org" }, "Sent.")).toEqual({
      status: "ok",
      message: "Sent.",
      fieldErrors: {},
      values: { email: "a@example.org" },
    });
  });

  it("turns a failure into a state named by its code, keeping what was typed", () => {
    const state = toActionState(fail("rate_limited", "Wait a minute.", { email: ["Too many"] }), { email: "a@example.org" });
    expect(state).toEqual({ status: "rate_limited", message: "Wait a minute.", fieldErrors: { email: ["Too many"] }, values: { email: "a@example.org" } });
    expect(isFailed(state)).toBe(true);
    expect(isFailed(IDLE)).toBe(false);
    expect(isFailed(toActionState({ ok: true }))).toBe(false);
  });
});

describe("the error summary's problems and the ids", () => {
  it("links problems an input shows and spells out the others", () => {
    const describe = (key: string) => (key === "title" ? { label: "Title", inputId: fieldId("new", key) } : { label: "" });
    expect(problemsOf({ title: ["Too short.", "Too plain."], _form: ["Try again."] }, describe)).toEqual([
      { key: "title", text: "Title: Too short. Too plain.", href: "#new-title" },
      { key: "_form", text: "Try again." },
    ]);
  });

  it("makes one id scheme from dotted paths, and joins only the ids shown", () => {
    expect(fieldId("f", "sources.0.url")).toBe("f-sources-0-url");
    expect(describedBy("a-hint", undefined, false, "a-error")).toBe("a-hint a-error");
    expect(describedBy(undefined, false)).toBeUndefined();
  });

  it("finds a list's errors with its items' when asked", () => {
    const errors = { countries: ["Choose fewer."], "countries.3": ["Unknown country."], "countries.note": ["x"] };
    expect(errorsAt(errors, "countries")).toEqual(["Choose fewer."]);
    expect(errorsAt(errors, "countries", true)).toEqual(["Choose fewer.", "Unknown country."]);
    expect(errorsAt(errors, "levels")).toBeUndefined();
  });
});
