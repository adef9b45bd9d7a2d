import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import type { RequestContext } from "@/lib/auth/limits";

export async function requestContext(): Promise<RequestContext> {
  const list = await headers();
  return { ip: clientIp((name) => list.get(name)) };
}
