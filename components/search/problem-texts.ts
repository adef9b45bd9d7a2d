import { getTranslations } from "next-intl/server";
import type { SearchProblem } from "@/lib/search/query";

/** The ignored parameters of a search, said in the page's language. */
export async function searchProblemTexts(issues: SearchProblem[]): Promise<string[]> {
  const t = await getTranslations("search.problems");
  return issues.map((issue) => {
    switch (issue.kind) {
      case "unknownValue":
        return t("unknownValue", { facet: issue.facet, value: issue.value });
      case "tooManyValues":
        return t("tooManyValues", { facet: issue.facet });
      case "notWholeNumber":
        return t("notWholeNumber", { name: issue.name, max: issue.max });
      case "textTooLong":
        return t("textTooLong", { max: issue.max });
      case "unknownSort":
        return t("unknownSort", { value: issue.value });
    }
  });
}
