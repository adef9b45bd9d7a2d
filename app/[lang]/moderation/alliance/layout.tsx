import { SectionMessages } from "@/components/i18n/section-messages";

// Staff's decision and membership forms read the moderation and Alliance words.
export default function AllianceModerationLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages sections={["validation", "moderation", "alliance"]}>{children}</SectionMessages>;
}
