import type { NextRequest } from "next/server";
import { feedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return feedResponse(request, "atom");
}
