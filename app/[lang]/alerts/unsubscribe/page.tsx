import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/lib/http/search-params";
import { SignedLinkPage } from "@/components/alerts/signed-link-page";
import { unsubscribeAlertAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts");
  return { title: t("unsubscribeTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function UnsubscribeAlertPage({ searchParams }: { searchParams: SearchParams }) {
  return <SignedLinkPage purpose="unsubscribe" params={await searchParams} action={unsubscribeAlertAction} />;
}
