import { useTranslations } from "next-intl";
import { ALERT_FREQUENCIES } from "@/lib/alerts/schema";

/** The <option>s of an alert's frequency, in the page's language. */
export function FrequencyOptions() {
  const t = useTranslations("alerts.frequencyOption");
  return ALERT_FREQUENCIES.map((frequency) => (
    <option key={frequency} value={frequency}>
      {t(frequency)}
    </option>
  ));
}
