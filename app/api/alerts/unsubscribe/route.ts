import { unsubscribeAlert } from "@/lib/alerts/subscriptions";
import { apiError } from "@/lib/api/responses";
import { absoluteUrl } from "@/lib/site-url";

// One-click unsubscribing (RFC 8058): the address in a digest's
// List-Unsubscribe header. Mail clients POST "List-Unsubscribe=One-Click" to
// it, without cookies; the signed id and token in the address say which
// alert. A GET (a person opening the address) gets the page that asks first.

export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const result = await unsubscribeAlert({ id: url.searchParams.get("id") ?? "", token: url.searchParams.get("token") ?? "" });
  if (!result.ok) return apiError(400, "invalid_link", result.message);
  return Response.json({ unsubscribed: true });
}

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const page = new URL(absoluteUrl("/alerts/unsubscribe"));
  for (const name of ["id", "token"]) page.searchParams.set(name, url.searchParams.get(name) ?? "");
  return Response.redirect(page, 303);
}
