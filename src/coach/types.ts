// The coach's public vocabulary: ids fixed by SPEC §2–§4 and the shapes every surface shares.
// Spans (`start`, `end`) are UTF-16 offsets into the reviewed text, as JavaScript strings index.

export const RELATIONSHIP_IDS = [
  'met-briefly',
  'after-meeting',
  'introduced',
  'cold',
  'former-colleague',
  'close-contact',
] as const;
export type RelationshipId = (typeof RELATIONSHIP_IDS)[number];

export const RULE_IDS = [
  'no-message',
  'missing-name',
  'missing-context',
  'missing-purpose',
  'missing-call-to-action',
  'length',
  'char-limit',
  'too-many-sentences',
  'spelling',
  'grammar',
  'abbreviation',
  'pushy',
  'self-focus',
  'contact-info',
  'oversharing',
  'irrelevant-offer',
  'generic',
  'placeholder',
  'reused',
  'perspective',
  'language',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** LinkedIn's limit on a connection note: 300 for premium accounts, 200 for free ones. */
export const CHAR_LIMITS = [300, 200] as const;
export type CharLimit = (typeof CHAR_LIMITS)[number];
export const DEFAULT_CHAR_LIMIT: CharLimit = 300;

export interface WordTarget {
  min: number;
  max: number;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** What is wrong, in words a person understands. */
  message: string;
  /** How to fix it, where there is something concrete to suggest. */
  suggestion?: string;
  /** The span of the text the finding is about, when it is about a part of it. */
  start?: number;
  end?: number;
  excerpt?: string;
}

export interface ReviewOptions {
  /** When absent the relationship is inferred from the text. */
  relationship?: RelationshipId;
  /** The recipient's name; when absent it is detected from the greeting or a vocative. */
  name?: string;
  sender?: string;
  mutual?: string;
  /** LinkedIn's character limit in force (200 or 300; other positive numbers are honoured). */
  limit?: number;
  /** Notes the user already sent, for the `reused` rule. */
  history?: readonly string[];
  /** Rules the user muted: they do not report. */
  mutedRules?: readonly RuleId[];
}

export interface Review {
  relationship: RelationshipId;
  /** True when the relationship was inferred from the text rather than given. */
  relationshipInferred: boolean;
  /** The recipient's name as given or detected, if any. */
  name?: string;
  words: number;
  chars: number;
  sentences: number;
  wordTarget: WordTarget;
  charLimit: number;
  /** 0–100; 100 for a note with no finding. */
  score: number;
  /** Sorted by position; findings about the whole note come first. */
  findings: Finding[];
  /** The text with the mechanical fixes applied, when there were any. */
  corrected?: string;
}

export interface DraftInput {
  name: string;
  /** How the greeting names them ("Dr Raman", "Ana Lúcia"); guessed from `name` when absent. */
  greetAs?: string;
  relationship: RelationshipId;
  context?: string;
  topic?: string;
  purpose?: string;
  mutual?: string;
  sender?: string;
  limit?: number;
  /** How many variants to offer (default 3). */
  variants?: number;
  history?: readonly string[];
}

export interface Draft {
  text: string;
  review: Review;
}

export interface DraftResult {
  drafts: Draft[];
}
