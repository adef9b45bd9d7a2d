import type { EventSummary } from "@/lib/events/summaries";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { Section } from "@/components/ui/section";
import { EventList } from "./event-list";

/** The next few events, with a link to all of them; nothing at all when none is coming. */
export function UpcomingEvents({ events, locale, title, allHref, allLabel }: { events: EventSummary[]; locale: Locale; title: string; allHref: string; allLabel: string }) {
  if (events.length === 0) return null;
  return (
    <Section id="upcoming-events" title={title} actions={<Link href={allHref} className="text-sm">{allLabel}</Link>}>
      <EventList events={events} locale={locale} />
    </Section>
  );
}
