import { oaiResponse } from "@/lib/oai/respond";

// OAI-PMH 2.0 for harvesters: the protocol allows both GET and form POST.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return oaiResponse(request);
}

export function POST(request: Request) {
  return oaiResponse(request);
}
