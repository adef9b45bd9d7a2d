import type { z } from "zod";

// Short readable descriptions of JSON Schemas, for the API documentation page.

type Schema = z.core.JSONSchema.JSONSchema | boolean;

const MAX_LISTED_VALUES = 8;

/** The component name a $ref points at ("#/components/schemas/Entry" → "Entry"). */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

function describeEnum(values: readonly unknown[]): string {
  if (values.length > MAX_LISTED_VALUES) return `one of ${values.length} values`;
  return `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;
}

export function describeSchema(schema: Schema): string {
  if (typeof schema === "boolean") return schema ? "anything" : "nothing";
  if (schema.$ref) return refName(schema.$ref);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(describeSchema).join(" or ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 1 && types[0] === "null") return "null";
  const nullable = types.includes("null");
  const type = types.find((t) => t !== "null");
  let text: string;
  if (schema.enum) text = describeEnum(schema.enum.filter((v) => v !== null));
  else if (type === "array") {
    const items = schema.items;
    const item = items === undefined || Array.isArray(items) ? "" : describeSchema(items);
    text = !item ? "list" : item.startsWith("one of ") ? `list, each ${item}` : `list of ${item}`;
  } else if (type === "string" && schema.format) text = `string (${schema.format})`;
  else if ((type === "integer" || type === "number") && schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) {
    text = `${type} ${schema.minimum}–${schema.maximum}`;
  } else text = type ?? "any";
  return nullable ? `${text} or null` : text;
}

export type PropertyRow = { name: string; type: string; required: boolean; description: string };

/** One row per property of an object schema. */
export function describeProperties(schema: Schema): PropertyRow[] {
  if (typeof schema === "boolean" || !schema.properties) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, property]) => ({
    name,
    type: describeSchema(property),
    required: required.has(name),
    description: typeof property === "boolean" ? "" : (property.description ?? ""),
  }));
}
