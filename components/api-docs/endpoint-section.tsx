import { getTranslations } from "next-intl/server";
import { describeProperties, describeSchema, refName, type PropertyRow } from "@/lib/api/describe-schema";
import type { OpenApiDocument } from "@/lib/api/openapi";
import type { ApiOperation } from "@/lib/api/openapi-operations";
import { PropertyTable } from "./property-table";

type Props = { document: OpenApiDocument; path: string; operation: ApiOperation };

function parameterRows(document: OpenApiDocument, operation: ApiOperation, repeatable: string): PropertyRow[] {
  return operation.parameters.flatMap(({ $ref }) => {
    const parameter = document.components.parameters[refName($ref)];
    if (!parameter) return [];
    const repeat = parameter.explode ? ` ${repeatable}` : "";
    return [{ name: parameter.name, type: `${describeSchema(parameter.schema)}${repeat}`, required: parameter.required, description: parameter.description }];
  });
}

function responseRows(document: OpenApiDocument, operation: ApiOperation): { status: string; text: string }[] {
  return Object.entries(operation.responses).map(([status, response]) => {
    const resolved = "$ref" in response ? document.components.responses[refName(response.$ref)] : response;
    const bodies = Object.entries(resolved?.content ?? {}).map(([type, { schema }]) => `${type}: ${describeSchema(schema)}`);
    return { status, text: [resolved?.description ?? "", ...bodies].filter(Boolean).join(" — ") };
  });
}

export async function EndpointSection({ document, path, operation }: Props) {
  const t = await getTranslations("apiDocs.endpoint");
  const server = document.servers[0]?.url ?? "";
  const parameters = parameterRows(document, operation, t("repeatable"));
  return (
    <section aria-labelledby={operation.operationId} className="space-y-3 border-t border-slate-200 pt-6">
      <h2 id={operation.operationId} className="text-xl font-semibold">
        <code>GET {path}</code> — {operation.summary}
      </h2>
      <p>{operation.description}</p>
      {parameters.length > 0 ? (
        <PropertyTable caption={t("parametersOf", { path })} rows={parameters} firstColumn={t("parameter")} />
      ) : (
        <p>{t("noParameters")}</p>
      )}
      <h3 className="font-semibold">{t("example")}</h3>
      <pre className="whitespace-pre-wrap break-all rounded bg-slate-100 p-3 text-sm">
        <code>{`curl -i '${server}${operation["x-example"]}'`}</code>
      </pre>
      <h3 className="font-semibold">{t("answers")}</h3>
      <ul className="list-disc space-y-1 pl-5">
        {responseRows(document, operation).map(({ status, text }) => (
          <li key={status}>
            <strong>{status}</strong> {text}
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function SchemaSection({ document, name }: { document: OpenApiDocument; name: string }) {
  const t = await getTranslations("apiDocs.endpoint");
  const schema = document.components.schemas[name];
  if (!schema) return null;
  return (
    <section aria-labelledby={`schema-${name}`} className="space-y-2 pt-4">
      <h3 id={`schema-${name}`} className="font-mono text-lg font-semibold">
        {name}
      </h3>
      {schema.description ? <p>{schema.description}</p> : null}
      <PropertyTable caption={t("fieldsOf", { name })} rows={describeProperties(schema)} />
    </section>
  );
}
