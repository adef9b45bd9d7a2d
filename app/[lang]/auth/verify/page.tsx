import type { Metadata } from "next";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { resendVerificationAction, verifyEmailAction } from "../actions";

export const metadata: Metadata = { title: "Confirm your email address", robots: { index: false } };

type Props = { searchParams: SearchParams };

export default async function VerifyPage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token) ?? "";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Confirm your email address</h1>
      <p className="text-slate-700">Choose the password for your account, then press the button to confirm that this email address is yours.</p>
      <VerifyEmailForm action={verifyEmailAction} resendAction={resendVerificationAction} token={token} />
    </div>
  );
}
