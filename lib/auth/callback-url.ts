// Where to go after signing in: only a path of this site, so a crafted link
// cannot send someone elsewhere ("//evil.example" and "/\evil" are refused).
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (value.startsWith("/auth/")) return fallback;
  return value;
}
