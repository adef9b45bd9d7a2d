import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import type { Actor } from "@/lib/auth/permissions";

// The in-app list of what concerns each user. Notifications are written in
// the transaction of the change; mail goes out after it commits (see mail.ts).

export type NotificationInput = { message: string; href: string };
export type Notice = { userId: string; message: string; href: string };

export async function notify(tx: Prisma.TransactionClient, userIds: string[], input: NotificationInput): Promise<Notice[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const notices = unique.map((userId) => ({ userId, ...input }));
  await tx.notification.createMany({ data: notices });
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

export async function listNotifications(actor: Actor): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: 100 });
  return rows.map((n) => ({ id: n.id, message: n.message, href: n.href, createdAt: n.createdAt, read: n.readAt !== null }));
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
