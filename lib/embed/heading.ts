import { feedTexts } from "@/lib/feeds/localised";
import type { EmbedOptions } from "./options";

/** The heading of the list in its own language: the embedder's, else its search named as its feed is. */
export async function localisedEmbedHeading(options: EmbedOptions): Promise<string> {
  return options.heading ?? (await feedTexts({ q: options.query.q, filters: options.query.filters }, options.lang)).title;
}
