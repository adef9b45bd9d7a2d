import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, LOCALES, type Locale, toLocale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/auth/permissions";
import { fail, invalid, type Result } from "@/lib/result";

// The language a user's mails and notifications are written in (users.locale).
// The column is plain text so that a new interface language needs no
// migration: every write goes through localeSchema instead.

export const localeSchema = z.enum(LOCALES, { error: "Choose one of the languages in the list." });

export const mailLanguageSchema = z.object({ locale: localeSchema });

export async function setMailLanguage(actor: Actor | null, input: unknown): Promise<Result<{ locale: Locale }>> {
  if (!actor) return fail("forbidden", "Sign in to choose the language of your mails.");
  const parsed = mailLanguageSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  await db.user.update({ where: { id: actor.id }, data: { locale: parsed.data.locale } });
  return { ok: true, locale: parsed.data.locale };
}

export async function mailLanguageOf(userId: string): Promise<Locale> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  return toLocale(user?.locale);
}

/** The language of whoever holds an address: theirs when they have an account, else `fallback`. */
export async function localeOfAddress(email: string, fallback: Locale = DEFAULT_LOCALE): Promise<Locale> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { locale: true } });
  return user ? toLocale(user.locale) : fallback;
}
