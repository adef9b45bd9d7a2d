import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("status");
  return { title: t("title"), robots: { index: false } };
}

// A deliberately trivial dynamic page: the baseline of `npm run bench`.
export default async function StatusPage() {
  await connection();
  const t = await getTranslations("status");
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("up", { time: new Date().toISOString() })}</p>
    </div>
  );
}
