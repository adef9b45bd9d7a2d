import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { isOwnRequest } from "@/lib/http/page-in-place";
import NotFound from "../not-found";
import EntryNotFound from "../entries/[slug]/not-found";
import ProposalNotFound from "../contributions/[id]/not-found";

// The not-found page as HTML, inside the site's layout. When a page calls
// notFound(), Next.js answers 404 with an empty document that only its script
// fills in (vercel/next.js#62228): blank without JavaScript, with no title and
// no language. scripts/support/web-server.mjs asks for this page at the
// reader's address instead (lib/http/page-in-place.ts) and sends it with the
// 404. Asked for at its own address, it is not found either.

const kindSchema = z.enum(["page", "entry", "proposal"]).catch("page");
type Props = { searchParams: Promise<{ for?: string | string[] }> };

async function kindOf(searchParams: Props["searchParams"]) {
  return kindSchema.parse((await searchParams).for);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const kind = await kindOf(searchParams);
  const t = await getTranslations();
  const title = { page: t("errors.notFound.heading"), entry: t("entry.notFoundTitle"), proposal: t("contributions.notFound.title") }[kind];
  return { title, robots: { index: false, follow: true } };
}

export default async function PageNotFound({ searchParams }: Props) {
  if (!(await isOwnRequest())) notFound();
  const kind = await kindOf(searchParams);
  if (kind === "entry") return <EntryNotFound />;
  if (kind === "proposal") return <ProposalNotFound />;
  return <NotFound />;
}
