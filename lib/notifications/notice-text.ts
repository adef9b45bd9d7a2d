import { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";
import en from "@/lib/i18n/messages/en.json";

// A notification is stored as a key of the "notices" catalogue namespace and
// its values, and read in the language of whoever reads it: on
// /notifications in the page's language, by mail in the recipient's.

export type NoticeKey = keyof Messages["notices"];
export type NoticeParams = Record<string, string | number>;
export type NoticeMessage = { key: NoticeKey; params: NoticeParams };

/** Any translator of the "notices" namespace: next-intl's getTranslations, useTranslations or createTranslator. */
export type NoticeTranslate = (key: NoticeKey, values: NoticeParams) => string;

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export function isNoticeKey(value: unknown): value is NoticeKey {
  return typeof value === "string" && Object.hasOwn(en.notices, value);
}

/** A row as stored: old rows (and keys no longer in the catalogue) have only their English sentence. */
export type StoredNotice = { messageKey: string | null; params: unknown; message: string };

export function storedMessage(notice: StoredNotice): NoticeMessage | null {
  const params = paramsSchema.safeParse(notice.params ?? {});
  return isNoticeKey(notice.messageKey) && params.success ? { key: notice.messageKey, params: params.data } : null;
}

/** The notice in the translator's language, or its stored English sentence when it has no key. */
export function noticeText(notice: StoredNotice, t: NoticeTranslate): string {
  const message = storedMessage(notice);
  return message ? t(message.key, message.params) : notice.message;
}
