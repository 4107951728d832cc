// Stored shapes, validated with zod when read back (a corrupt record is logged and skipped),
// and the keys they live under.
import { z } from 'zod';
import { RELATIONSHIP_IDS, RULE_IDS } from '../coach/types.js';
import type { Owner } from './types.js';

const iso = z.iso.datetime({ offset: true });

export const trackedRequestSchema = z.object({
  id: z.string().min(1),
  teamId: z.string().min(1),
  userId: z.string().min(1),
  recipientName: z.string().optional(),
  relationship: z.enum(RELATIONSHIP_IDS),
  note: z.string(),
  sentAt: iso,
  status: z.enum(['pending', 'accepted', 'declined', 'withdrawn', 'stopped']),
  remindersSent: z.number().int().min(0),
  nextReminderAt: iso.optional(),
  lastReminderAt: iso.optional(),
  outcomeAt: iso.optional(),
});

export const userRecordSchema = z.object({
  accountType: z.enum(['premium', 'free']).default('premium'),
  reminderAfterDays: z.number().int().min(1).max(60).optional(),
  mutedRules: z.array(z.enum(RULE_IDS)).default([]),
  /** Set when Slack refused to DM the user for good (user_not_found, account_inactive, …). */
  remindersBlocked: z.string().optional(),
});
export type UserRecord = z.infer<typeof userRecordSchema>;

export const trackedOnceSchema = z.object({ id: z.string() });

/** The user's Slack time zone, and when we learned it (absent in records from before). */
export const timeZoneSchema = z.object({ tz: z.string().min(1), at: iso.optional() });

/** The app's DM channel with the user: it never changes, so it is kept for good. */
export type TimeZoneRecord = z.infer<typeof timeZoneSchema>;

export const dmChannelSchema = z.object({ channel: z.string().min(1) });

/** Proof that the reminder for one (request, due time) went out: the idempotency key. */
export const deliveredSchema = z.object({ at: iso });

/** Written just before a DM is posted, removed once its delivery is recorded. */
export const intentSchema = z.object({
  batch: z.string(),
  at: iso,
  channel: z.string().optional(),
  keys: z.array(z.string()),
});
export type Intent = z.infer<typeof intentSchema>;

const owner = (o: Owner) => `${o.teamId}:${o.userId}`;

export const keys = {
  request: (id: string) => `req:${id}`,
  user: (o: Owner) => `user:${owner(o)}`,
  timeZone: (o: Owner) => `tz:${owner(o)}`,
  dmChannel: (o: Owner) => `dm:${owner(o)}`,
  intent: (o: Owner) => `intent:${owner(o)}`,
  delivered: (dueKey: string) => `delivered:${dueKey}`,
  /** Lease taken by the first "I sent it" for one note, and the request it created. */
  sentOnce: (fingerprint: string) => `sent-once:${fingerprint}`,
  trackedOnce: (fingerprint: string) => `tracked-once:${fingerprint}`,
  /** Sorted index of a user's requests, scored by when they were sent. */
  userIndex: (o: Owner) => `requests:${owner(o)}`,
  /** Sorted index of every request with a reminder ahead, scored by when to look at it next. */
  dueIndex: 'due',
  /** Lease on one user's reminders during a sweep. */
  userLease: (o: Owner) => `sweep-user:${owner(o)}`,
  /** Sorted index of one request's delivery markers (their due keys), so deleting it finds them. */
  deliveredOf: (id: string) => `delivered-of:${id}`,
  /** Short lease around a user's tracking of a new request, settings, and deletion. */
  userLock: (o: Owner) => `user-lock:${owner(o)}`,
  /** Short lease around a read-modify-write of one request. */
  requestLock: (id: string) => `req-lock:${id}`,
};

/** The idempotency key of one reminder: the request and the due time it is for. */
export function dueKey(id: string, dueAt: string): string {
  return `${id}@${Date.parse(dueAt)}`;
}
