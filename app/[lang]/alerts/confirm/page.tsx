import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/lib/http/search-params";
import { SignedLinkPage } from "@/components/alerts/signed-link-page";
import { confirmAlertAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts");
  return { title: t("confirmTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function ConfirmAlertPage({ searchParams }: { searchParams: SearchParams }) {
  return <SignedLinkPage purpose="confirm" params={await searchParams} action={confirmAlertAction} />;
}
