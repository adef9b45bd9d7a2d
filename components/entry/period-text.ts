import type { getTranslations } from "next-intl/server";
import type { PeriodFacts } from "@/lib/catalogue/period";
import { statusSchema } from "@/lib/catalogue/schema";

// The "Period" fact in the page's language, worded as lib/catalogue/period.ts
// words it in English: "Since" only for what is ongoing, and a missing year
// is never implied.

type FactsTranslator = Awaited<ReturnType<typeof getTranslations<"entry.facts">>>;

function yearsOf({ yearStart, yearEnd, status }: PeriodFacts, t: FactsTranslator): string | null {
  if (yearStart && yearEnd) return yearStart === yearEnd ? String(yearStart) : t("years", { start: String(yearStart), end: String(yearEnd) });
  if (yearStart) {
    const start = String(yearStart);
    if (status === "ongoing") return t("since", { year: start });
    if (status === "planned") return t("starting", { year: start });
    return t("started", { year: start });
  }
  if (yearEnd) return status === "completed" ? t("ended", { year: String(yearEnd) }) : t("until", { year: String(yearEnd) });
  return null;
}

export function periodText(facts: PeriodFacts, t: FactsTranslator): string | null {
  const status = statusSchema.safeParse(facts.status);
  const parts = [yearsOf(facts, t), status.success ? t(`status.${status.data}`) : (facts.status ?? null)].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(" · ") : null;
}
