import { SectionMessages } from "@/components/i18n/section-messages";

// The account's forms (password, organisation, deleting the account) are the sign-in forms' kin: their words travel with these pages only.
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages sections={["validation", "auth"]}>{children}</SectionMessages>;
}
