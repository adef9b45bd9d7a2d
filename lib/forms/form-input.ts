import { z } from "zod";
import { formText } from "./input-text";

// The text fields of a submitted form, named once, by the zod schema that lib/
// validates them with: formInput(form, signInSchema) reads email and password.
// Reading goes through formText, so NUL never gets further; a missing field
// (or a file) reads as "", and lib/'s schema says what is wrong with it.

/** A schema whose fields can be listed: an object, a preprocessed object, or a union of them. */
export type FieldSchema = z.ZodObject | { out: z.ZodObject } | { options: readonly z.ZodObject[] };

export type FieldNames<S> =
  S extends z.ZodObject<infer Shape>
    ? Extract<keyof Shape, string>
    : S extends { out: z.ZodObject<infer Shape> }
      ? Extract<keyof Shape, string>
      : S extends { options: infer Options extends readonly z.ZodObject[] }
        ? Options[number] extends infer Option
          ? Option extends z.ZodObject<infer Shape>
            ? Extract<keyof Shape, string>
            : never
          : never
        : never;

export function fieldNames(schema: FieldSchema): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if ("out" in schema) return fieldNames(schema.out);
  return [...new Set(schema.options.flatMap(fieldNames))];
}

/** Every field the schema names, as the form sent it (trimming and checking are lib/'s). */
export function formInput<S extends FieldSchema>(form: FormData, schema: S): Record<FieldNames<S>, string> {
  const values: Record<string, string> = Object.fromEntries(fieldNames(schema).map((name) => [name, formText(form, name) ?? ""]));
  if (!namesAll(values, schema)) throw new Error("formInput: a field of the schema was not read");
  return values;
}

// Checked, not assumed: every name the schema lists is a key of the values.
function namesAll<S extends FieldSchema>(values: Record<string, string>, schema: S): values is Record<FieldNames<S>, string> {
  return fieldNames(schema).every((name) => Object.hasOwn(values, name));
}
