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
  /** docs/reference.md §2: premium (300 characters, the default) or free (200, five notes a month). */
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
/** What the user can record about a request. */
export type Outcome = Exclude<RequestStatus, 'pending'>;

export interface TrackedRequestSummary {
  id: string;
  recipientName?: string;
  relationship: RelationshipId;
  note: string;
  sentAt: string;
  status: RequestStatus;
}

/** A tracked request as stored (ISO-8601 times). */
export interface TrackedRequest extends TrackedRequestSummary {
  teamId: string;
  userId: string;
  /** Reminders delivered so far: 0, 1 (first), 2 (second), 3+ (withdraw suggestion). */
  remindersSent: number;
  /** When the next reminder is due; absent once reminders are over or the request is decided. */
  nextReminderAt?: string;
  lastReminderAt?: string;
  /** When the status left `pending`. */
  outcomeAt?: string;
}

/** What the user typed on "I sent it" (the `mark_sent` payload). */
export interface SentNote {
  name?: string;
  relationship: RelationshipId;
  note: string;
}

/** The result of an action on someone's request: refusals change nothing. */
export type ActionResult =
  | { ok: true; request: TrackedRequest }
  | { ok: false; reason: 'not-found' | 'not-owner' };

export interface RelationshipRate {
  relationship: RelationshipId;
  accepted: number;
  /** Requests with a decided outcome: accepted, declined or withdrawn. */
  decided: number;
}

/** Everything the App Home shows. */
export interface HomeData {
  settings: UserSettings;
  /** Pending requests, oldest first. */
  pending: TrackedRequest[];
  /** Recently decided requests, newest first. */
  recent: TrackedRequest[];
  rates: RelationshipRate[];
  notesSentThisMonth: number;
  /** REMINDER_AFTER_DAYS: what applies while the user has not chosen a delay. */
  defaultReminderAfterDays: number;
  /** Free accounts: LinkedIn's five personalised notes a month. */
  monthlyBudget?: number;
  /** Reminders were stopped because Slack refused to DM this user. */
  remindersBlocked?: string;
}

/** What the Slack surfaces call. `Tracking` (src/tracking/index.ts) implements it. */
export interface TrackingPort {
  coachContext(owner: Owner, now: Date): Promise<CoachContext>;
  trackSent(owner: Owner, sent: SentNote, now: Date): Promise<TrackedRequest>;
  /** Reads a request for `owner`; someone else's request is refused, not returned. */
  getRequest(owner: Owner, id: string): Promise<ActionResult>;
  setOutcome(owner: Owner, id: string, outcome: Outcome, now: Date): Promise<ActionResult>;
  /** Pushes the next reminder a week (or `days`) out; works after reminders ended too. */
  snooze(owner: Owner, id: string, now: Date, days?: number): Promise<ActionResult>;
  getSettings(owner: Owner): Promise<UserSettings>;
  /**
   * The settings this process last read or wrote for the user, without touching the store: for
   * paths that must not wait (opening a modal while its trigger id is valid). May be stale when
   * several instances share a store, so such paths re-read with getSettings afterwards.
   */
  knownSettings(owner: Owner): UserSettings | undefined;
  updateSettings(owner: Owner, patch: Partial<UserSettings>): Promise<UserSettings>;
  home(owner: Owner, now: Date): Promise<HomeData>;
  /** Removes everything stored about the user; returns how many requests went. */
  deleteUserData(owner: Owner): Promise<{ requests: number }>;
  /** The user's Slack time zone, if learned (at "I sent it", from user_change, by the sweep). */
  cachedTimeZone(owner: Owner): Promise<string | undefined>;
  rememberTimeZone(owner: Owner, tz: string, now?: Date): Promise<void>;
}
