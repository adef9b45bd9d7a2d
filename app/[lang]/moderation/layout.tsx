import { SectionMessages } from "@/components/i18n/section-messages";

// The decision, archive and restore forms and the error page are client components: their words travel with these pages only.
export default function ModerationLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages sections={["validation", "moderation"]}>{children}</SectionMessages>;
}
