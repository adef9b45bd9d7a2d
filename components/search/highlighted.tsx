import type { HighlightSegment } from "@/lib/search";

export function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  return segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text));
}
