import { NextResponse } from "next/server";

// One error envelope for the whole JSON API: { error: { code, message, details? } }.
export function apiError(status: number, code: string, message: string, details?: string[]) {
  return NextResponse.json({ error: { code, message, ...(details ? { details } : {}) } }, { status });
}

export function apiJson(body: unknown, init: { headers?: Record<string, string> } = {}) {
  return NextResponse.json(body, { headers: { "Access-Control-Allow-Origin": "*", ...init.headers } });
}
