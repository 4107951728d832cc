// The "I sent it" button (handled by tracking), shared by the draft DM and both modals.
import type { Button } from '@slack/web-api';
import { ACTION, encodeMarkSent, type MarkSentPayload } from '../ids.js';
import { TEXT } from '../messages.js';
import { LIMITS, plain } from './blocks.js';

/** Undefined when the note cannot travel in a button (too long for any LinkedIn note anyway). */
export function markSentButton(payload: MarkSentPayload): Button | undefined {
  if (payload.note.length > 1500) return undefined;
  const value = encodeMarkSent(payload);
  if (value.length > LIMITS.buttonValue) return undefined;
  return {
    type: 'button',
    action_id: ACTION.markSent,
    style: 'primary',
    text: plain(TEXT.draftMessage.markSent, 75),
    value,
  };
}
