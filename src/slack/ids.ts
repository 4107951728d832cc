// Slack ids fixed by docs/reference.md §5. The manifest test checks manifest.yml against these.
import { z } from 'zod';
import { RELATIONSHIP_IDS } from '../coach/types.js';
import { inertJson } from './encoding.js';

export const SLASH_COMMAND = '/connectnote';

export const CALLBACK = {
  draftModal: 'connectnote_draft',
  reviewShortcut: 'review_draft',
  /** Not in docs/reference.md §5: the modals the draft DM and the shortcut open. */
  editModal: 'connectnote_edit',
  reviewModal: 'connectnote_review',
} as const;

/** The edit & re-check modal's one input (block_id = action_id). */
export const EDIT_INPUT = { note: 'note' } as const;

/** Draft modal inputs: each block_id equals its action_id. */
export const DRAFT_INPUT = {
  name: 'name',
  /** SPEC §5: how the greeting names them, optional, prefilled with the app's guess. */
  greetAs: 'greet_as',
  relationship: 'relationship',
  context: 'context',
  topic: 'topic',
  purpose: 'purpose',
  mutual: 'mutual',
  sender: 'sender',
  limit: 'limit',
} as const;

export const ACTION = {
  markSent: 'mark_sent',
  reminderAccepted: 'reminder_accepted',
  reminderSnooze: 'reminder_snooze',
  reminderFollowup: 'reminder_followup',
  reminderStop: 'reminder_stop',
  /** Not in docs/reference.md §5: the draft DM's other buttons and the review modal's select. */
  editDraft: 'edit_draft',
  anotherVersion: 'another_version',
  reviewRelationship: 'review_relationship',
} as const;

/**
 * What a `mark_sent` button carries in its `value` (Slack caps a value at 2,000 characters;
 * a note is at most a few hundred, since LinkedIn refuses longer ones).
 */
export const markSentPayloadSchema = z.object({
  /** The recipient's name, when known. */
  name: z.string().max(200).optional(),
  relationship: z.enum(RELATIONSHIP_IDS),
  note: z.string().min(1).max(1500),
});
export type MarkSentPayload = z.infer<typeof markSentPayloadSchema>;

export function encodeMarkSent(payload: MarkSentPayload): string {
  return inertJson(markSentPayloadSchema.parse(payload));
}

/** Returns undefined for a value that is not a valid payload (forged or truncated). */
export function decodeMarkSent(value: string | undefined): MarkSentPayload | undefined {
  if (!value) return undefined;
  try {
    const parsed = markSentPayloadSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
