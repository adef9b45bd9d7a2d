import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { resetPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

type Props = { searchParams: SearchParams };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token) ?? "";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      <ResetPasswordForm action={resetPasswordAction} token={token} />
      <p>
        <Link href="/auth/forgot-password">Ask for a new link</Link>
      </p>
    </div>
  );
}
