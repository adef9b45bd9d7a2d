import "server-only";
import { z } from "zod";
import { consumeAll, waitMessage, type RequestContext } from "@/lib/auth/limits";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { deliverMailSoon, enqueueMail } from "@/lib/mail/outbox";
import { fail, invalid, type Result } from "@/lib/result";
import { confirmationMail } from "./mails";
import { nextRunAfter } from "./schedule";
import { validAlertToken, type AlertLinkPurpose } from "./links";
import { ALERT_FREQUENCIES, ALERT_STATES, alertIdSchema, createAlertSchema, signedAlertLinkSchema, subscribeSchema, updateAlertSchema, type AlertFrequency, type AlertState } from "./schema";
import { describeAlertSearch } from "./describe";

// Saved searches with alerts. Signed-in people's alerts are active at once
// (their address is their account's); a visitor's address receives a
// confirmation link first, and nothing else is sent to it before that link
// is used (double opt-in). Only the owner of an alert sees or changes it;
// a visitor manages theirs through the signed links in its mails.

const MAX_ALERTS_PER_PERSON = 50;
const HOUR = 3600;
const NOT_FOUND = "This alert could not be found. Reload the page.";
const LINK_DAMAGED = "This link is incomplete or damaged. Copy the whole link from the mail.";

export type AlertView = {
  id: string;
  name: string;
  search: string;
  frequency: AlertFrequency;
  state: AlertState;
  lastRunAt: Date | null;
  lastSentAt: Date | null;
  lastNewCount: number;
  createdAt: Date;
};

const VIEW = { id: true, name: true, search: true, frequency: true, state: true, lastRunAt: true, lastSentAt: true, lastNewCount: true, createdAt: true } as const;

const storedSchema = z.object({ frequency: z.enum(ALERT_FREQUENCIES), state: z.enum(ALERT_STATES) });

/** A row as the pages see it; the table's CHECK constraints hold the same values. */
function toView<Row extends Omit<AlertView, "frequency" | "state"> & { frequency: string; state: string }>(row: Row): Omit<Row, "frequency" | "state"> & Pick<AlertView, "frequency" | "state"> {
  return { ...row, ...storedSchema.parse(row) };
}

/** A signed-in person's new alert, active at once. */
export async function createAlert(actor: Actor | null, input: unknown): Promise<Result<{ id: string }>> {
  if (!actor) return fail("forbidden", "Sign in to save a search.");
  const parsed = createAlertSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, frequency, search } = parsed.data;
  if ((await db.alertSubscription.count({ where: { userId: actor.id } })) >= MAX_ALERTS_PER_PERSON) {
    return fail("conflict", `You have ${MAX_ALERTS_PER_PERSON} alerts, the most one person can keep. Delete one you no longer need first.`);
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
  const now = new Date();
  const alert = await db.alertSubscription.create({
    data: { userId: actor.id, name, search, frequency, locale: user.locale, state: "active", confirmedAt: now, watermark: now, nextRunAt: nextRunAfter(frequency, now) },
    select: { id: true },
  });
  return { ok: true, id: alert.id };
}

/**
 * A visitor's subscription by mail: a pending alert and a confirmation link.
 * Answers alike whether or not the address had subscribed already, so the
 * form tells nobody who subscribes to what.
 */
export async function subscribeByEmail(input: unknown, context: RequestContext): Promise<Result> {
  const parsed = subscribeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email, frequency, search, locale } = parsed.data;
  const wait = await consumeAll([
    [`alerts:subscribe:ip:${context.ip}`, { limit: 20, windowSeconds: HOUR }],
    [`alerts:subscribe:email:${email}`, { limit: 3, windowSeconds: HOUR }],
  ]);
  if (wait !== null) return fail("rate_limited", waitMessage(wait));

  const existing = await db.alertSubscription.findFirst({ where: { email: { equals: email, mode: "insensitive" }, search }, select: { id: true, state: true } });
  if (existing && existing.state !== "pending") return { ok: true };
  const name = await describeAlertSearch(search, locale);
  await db.$transaction(async (tx) => {
    const alert = existing
      ? await tx.alertSubscription.update({ where: { id: existing.id }, data: { frequency, locale }, select: { id: true } })
      : await tx.alertSubscription.create({ data: { email, name, search, frequency, locale, state: "pending" }, select: { id: true } });
    await enqueueMail(tx, await confirmationMail({ id: alert.id, email, name, search, frequency, locale }));
  });
  deliverMailSoon();
  return { ok: true };
}

/** The alert a signed link names, when the link is genuine. */
export async function alertForLink(input: unknown, purpose: AlertLinkPurpose): Promise<Result<{ alert: AlertView & { email: string | null } }>> {
  const parsed = signedAlertLinkSchema.safeParse(input);
  if (!parsed.success || !validAlertToken(parsed.data.id, purpose, parsed.data.token)) return fail("invalid", LINK_DAMAGED);
  const alert = await db.alertSubscription.findUnique({ where: { id: parsed.data.id }, select: { ...VIEW, email: true } });
  if (!alert) return fail("not_found", "This alert no longer exists: it was deleted or stopped already.");
  return { ok: true, alert: toView(alert) };
}

/** Confirms a visitor's subscription from its mail: from now on, what is new is mailed. */
export async function confirmAlert(input: unknown): Promise<Result<{ alert: AlertView }>> {
  const found = await alertForLink(input, "confirm");
  if (!found.ok) return found;
  const { alert } = found;
  if (alert.state === "pending") {
    const now = new Date();
    await db.alertSubscription.updateMany({
      where: { id: alert.id, state: "pending" },
      data: { state: "active", confirmedAt: now, watermark: now, nextRunAt: nextRunAfter(alert.frequency, now) },
    });
  }
  return { ok: true, alert: { ...alert, state: alert.state === "pending" ? "active" : alert.state } };
}

/** Ends an alert from a signed link (the mail's link or a mail client's one-click POST); repeating it is harmless. */
export async function unsubscribeAlert(input: unknown): Promise<Result> {
  const parsed = signedAlertLinkSchema.safeParse(input);
  if (!parsed.success || !validAlertToken(parsed.data.id, "unsubscribe", parsed.data.token)) return fail("invalid", LINK_DAMAGED);
  const deleted = await db.alertSubscription.deleteMany({ where: { id: parsed.data.id } });
  if (deleted.count > 0) console.log(JSON.stringify({ event: "alert.unsubscribed", alert: parsed.data.id }));
  return { ok: true };
}

/** The signed-in person's alerts, newest first. */
export async function listAlerts(actor: Actor): Promise<AlertView[]> {
  const rows = await db.alertSubscription.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, select: VIEW });
  return rows.map(toView);
}

/** One of the person's own alerts; null when it is not theirs. */
export async function ownAlert(actor: Actor, id: string): Promise<AlertView | null> {
  if (!alertIdSchema.safeParse({ id }).success) return null;
  const row = await db.alertSubscription.findFirst({ where: { id, userId: actor.id }, select: VIEW });
  return row ? toView(row) : null;
}

export async function updateAlert(actor: Actor | null, input: unknown): Promise<Result> {
  if (!actor) return fail("forbidden", "Sign in to change your alerts.");
  const parsed = updateAlertSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { id, name, frequency } = parsed.data;
  const current = await ownAlert(actor, id);
  if (!current) return fail("not_found", NOT_FOUND);
  await db.alertSubscription.updateMany({
    where: { id, userId: actor.id },
    // A new rhythm starts from now; what was new before stays new (the watermark does not move).
    data: { name, frequency, ...(frequency !== current.frequency ? { nextRunAt: nextRunAfter(frequency, new Date()) } : {}) },
  });
  return { ok: true };
}

/** Pauses or resumes one of the person's alerts. Resuming does not mail what appeared meanwhile. */
export async function setAlertPaused(actor: Actor | null, input: unknown, paused: boolean): Promise<Result> {
  if (!actor) return fail("forbidden", "Sign in to change your alerts.");
  const parsed = alertIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const current = await ownAlert(actor, parsed.data.id);
  if (!current) return fail("not_found", NOT_FOUND);
  const now = new Date();
  await db.alertSubscription.updateMany({
    where: { id: current.id, userId: actor.id },
    data: paused ? { state: "paused" } : { state: "active", watermark: now, nextRunAt: nextRunAfter(current.frequency, now) },
  });
  return { ok: true };
}

export async function deleteAlert(actor: Actor | null, input: unknown): Promise<Result> {
  if (!actor) return fail("forbidden", "Sign in to change your alerts.");
  const parsed = alertIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { count } = await db.alertSubscription.deleteMany({ where: { id: parsed.data.id, userId: actor.id } });
  return count === 0 ? fail("not_found", NOT_FOUND) : { ok: true };
}
