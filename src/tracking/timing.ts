// When reminders fall due (docs/reference.md §7): about 88% of accepted invitations are accepted within a
// week and 99% within 30 days, so: a first reminder after REMINDER_AFTER_DAYS (7), a second a
// week after that one, and at about three weeks a suggestion to withdraw. Then reminders end
// unless the user snoozes. Pure functions.

export const DAY_MS = 24 * 60 * 60 * 1000;
export const WEEK_MS = 7 * DAY_MS;
/** The first, the second, the withdraw suggestion. */
export const REMINDER_COUNT = 3;

export type ReminderKind = 'first' | 'second' | 'withdraw';

export function firstReminderAt(sentAt: Date, afterDays: number): Date {
  return new Date(sentAt.getTime() + afterDays * DAY_MS);
}

/** Which reminder the next one is, given how many were delivered already. */
export function reminderKind(remindersSent: number): ReminderKind {
  if (remindersSent <= 0) return 'first';
  if (remindersSent === 1) return 'second';
  return 'withdraw';
}

/**
 * When the reminder after this one is due, a week after delivering it; undefined once the
 * withdraw suggestion went out (tracking ends unless the user snoozes).
 */
export function nextReminderAfterDelivery(
  remindersSentNow: number,
  deliveredAt: Date,
): Date | undefined {
  return remindersSentNow < REMINDER_COUNT ? new Date(deliveredAt.getTime() + WEEK_MS) : undefined;
}

/** Whole days between two instants (never negative). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}
