import type { NextRequest } from "next/server";
import { embedListResponse } from "@/lib/embed/respond";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return embedListResponse(request);
}
