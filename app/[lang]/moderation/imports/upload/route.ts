import { currentActor } from "@/lib/auth/session";
import { canModerate } from "@/lib/auth/permissions";
import { checkImport } from "@/lib/imports/check";
import { MAX_FILE_BYTES } from "@/lib/imports/limits";
import { uploadOptionsSchema } from "@/lib/imports/schema";
import { formInput } from "@/lib/forms/form-input";
import { isUploadProblem, UPLOAD_FIELDS } from "@/lib/imports/upload-state";
import { isLocale, localisedPath, type Locale } from "@/lib/i18n/locales";

// The upload of an import's file. A route handler rather than a server action:
// the 5 MB limit then applies here alone (server actions keep their 1 MB
// everywhere else), a too-large file gets a clear answer instead of a 500, and
// the plain multipart form works without JavaScript. Cross-site posts are
// refused by proxy.ts; the session's role is checked in lib/imports.

// Room for the form's other fields and the multipart boundaries.
const MAX_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}

/** Back to the form with the problems and what was chosen, so nothing but the file must be given again. */
function refused(locale: Locale, problems: string[], options?: UploadInput): Response {
  const known = problems.filter(isUploadProblem);
  const query = new URLSearchParams({ invalid: [...new Set(known.length > 0 ? known : ["file"])].join(",") });
  if (options) {
    for (const name of UPLOAD_FIELDS) query.set(name, options[name]);
    query.set("skipDuplicates", options.skipDuplicates === "yes" ? "yes" : "no");
  }
  return seeOther(localisedPath(locale, `/moderation/imports?${query.toString()}#upload-heading`));
}

type UploadInput = ReturnType<typeof formInput<typeof uploadOptionsSchema>>;

function notFound(): Response {
  return Response.json({ error: { code: "not_found", message: "This page does not exist." } }, { status: 404 });
}


export async function POST(request: Request, { params }: { params: Promise<{ lang: string }> }): Promise<Response> {
  // Answers go back to the form's language (the page posted to its own /de/… address).
  const { lang } = await params;
  const locale: Locale = isLocale(lang) ? lang : "en";
  const actor = await currentActor();
  if (!canModerate(actor)) return notFound();
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return refused(locale, ["file_size"]);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refused(locale, ["file"]);
  }
  const options = formInput(form, uploadOptionsSchema);
  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return refused(locale, ["file"], options);
  if (file.size > MAX_FILE_BYTES) return refused(locale, ["file_size"], options);
  const result = await checkImport(actor, {
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    options,
  });
  if (!result.ok) return result.code === "forbidden" ? notFound() : refused(locale, Object.keys(result.fieldErrors), options);
  return seeOther(localisedPath(locale, `/moderation/imports/${result.id}`));
}
