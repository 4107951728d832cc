// The contract between the Slack surfaces that draft and review notes and the tracking side
// that stores users' requests and settings.
import type { RelationshipId, RuleId } from '../coach/types.js';

/** Who a record belongs to: every read and write is scoped by both ids. */
export interface Owner {
  teamId: string;
  userId: string;
}

export type AccountType = 'premium' | 'free';

export interface UserSettings {
  /** SPEC §2: premium (300 characters, the default) or free (200, five notes a month). */
  accountType: AccountType;
  /** Days without an answer before the first reminder; undefined means REMINDER_AFTER_DAYS. */
  reminderAfterDays?: number;
  /** Rules the user muted; they no longer report for this user. */
  mutedRules: RuleId[];
}

/** What the coach needs to know about a user to review or draft for them. */
export interface CoachContext {
  settings: UserSettings;
  /** Notes this user already sent, for the `reused` rule. */
  history: string[];
  /** Personalised notes sent this calendar month (the free-account budget is five). */
  notesSentThisMonth: number;
}

export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'stopped';

export interface TrackedRequestSummary {
  id: string;
  recipientName?: string;
  relationship: RelationshipId;
  note: string;
  sentAt: string;
  status: RequestStatus;
}

/** The part of tracking that the draft and review surfaces call. */
export interface TrackingPort {
  coachContext(owner: Owner, now: Date): Promise<CoachContext>;
}
