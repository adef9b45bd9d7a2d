import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import type { Actor } from "@/lib/auth/permissions";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { noticesTranslator } from "@/lib/mail/translator";
import { queueNoticeMail, type NoticeDetails } from "./mail";
import { noticeText, type NoticeKey, type NoticeParams } from "./notice-text";

// The in-app list of what concerns each user. Notifications are written in
// the transaction of the change, with their mail queued beside them (mail.ts).
// Each is stored as a catalogue key with its values (read in the reader's
// language, notice-text.ts) and, for exports and old readers, in English.

export type NotificationInput = { key: NoticeKey; params: NoticeParams; href: string };
export type Notice = { userId: string } & NotificationInput;

/** Notices for these users, and their mails (with a moderator's words, when given), in the change's transaction. */
export async function notify(tx: Prisma.TransactionClient, userIds: string[], input: NotificationInput, details?: NoticeDetails): Promise<Notice[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const english = await noticesTranslator(DEFAULT_LOCALE);
  const message = english(input.key, input.params);
  await tx.notification.createMany({
    data: unique.map((userId) => ({ userId, message, messageKey: input.key, params: input.params, href: input.href })),
  });
  const notices = unique.map((userId) => ({ userId, ...input }));
  await queueNoticeMail(tx, notices, details);
  return notices;
}

/** Everyone who reviews: moderators and admins. */
export async function staffIds(tx: Prisma.TransactionClient): Promise<string[]> {
  const staff = await tx.user.findMany({ where: { role: { in: ["moderator", "admin"] } }, select: { id: true } });
  return staff.map((u) => u.id);
}

/** The active members of an organisation. */
export async function memberIds(tx: Prisma.TransactionClient, organisationId: string): Promise<string[]> {
  const members = await tx.membership.findMany({ where: { organisationId, state: "active" }, select: { userId: true } });
  return members.map((m) => m.userId);
}

export async function countUnread(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export type NotificationView = { id: string; message: string; href: string; createdAt: Date; read: boolean };

/** The actor's latest notifications, each `message` in `locale` (the page's language). */
export async function listNotifications(actor: Actor, locale: Locale = DEFAULT_LOCALE): Promise<NotificationView[]> {
  const [rows, t] = await Promise.all([
    db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: 100 }),
    noticesTranslator(locale),
  ]);
  return rows.map((n) => ({ id: n.id, message: noticeText(n, t), href: n.href, createdAt: n.createdAt, read: n.readAt !== null }));
}

export async function markAllRead(actor: Actor): Promise<void> {
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
}

/**
 * Marks one of the actor's own notifications read and returns where it points,
 * or null when it is not theirs. Opening a notification is reading it.
 */
export async function openNotification(actor: Actor, id: string): Promise<string | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const notification = await db.notification.findFirst({ where: { id, userId: actor.id }, select: { href: true, readAt: true } });
  if (!notification) return null;
  if (!notification.readAt) await db.notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  // Written by us, yet a path that could leave the site is never followed.
  return safeCallbackPath(notification.href, "/notifications");
}
