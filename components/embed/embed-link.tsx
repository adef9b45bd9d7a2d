import { EMBED_DEFAULT_LIMIT, embedQueryString } from "@/lib/embed/options";
import type { FeedSearch } from "@/lib/feeds/title";
import { defaultSearchQuery } from "@/lib/search/query";

/** A link to the embed builder, starting from the search shown. */
export function EmbedLink({ query }: { query: FeedSearch }) {
  const options = { query: defaultSearchQuery({ q: query.q, filters: query.filters }), limit: EMBED_DEFAULT_LIMIT, heading: null };
  return (
    <a href={`/embed${embedQueryString(options)}`} className="text-sm">
      Embed this list
    </a>
  );
}
