// The "I sent it" button (handled by tracking), shared by the draft DM and both modals.
import type { Button } from '@slack/web-api';
import { ACTION, encodeMarkSent, type MarkSentPayload } from '../ids.js';
import { TEXT } from '../messages.js';
import { LIMITS, plain } from './blocks.js';

/** A detected "name" longer than this is not a name: the button goes without one. */
export const NAME_MAX = 80;

/** Undefined when the note cannot travel in a button (too long for any LinkedIn note anyway). */
export function markSentButton(payload: MarkSentPayload): Button | undefined {
  if (payload.note.length > 1500) return undefined;
  // The coach detects a name from any greeting or vocative, however long (a 251-character one
  // made encodeMarkSent throw): a name that no form would accept is left out.
  const name = payload.name && payload.name.length <= NAME_MAX ? payload.name : undefined;
  const value = encodeMarkSent({ ...payload, name });
  if (value.length > LIMITS.buttonValue) return undefined;
  return {
    type: 'button',
    action_id: ACTION.markSent,
    style: 'primary',
    text: plain(TEXT.draftMessage.markSent, 75),
    value,
  };
}
