// A modal that only says something: a failure, or why there is nothing to review.
import type { ModalView } from '@slack/web-api';
import { TEXT } from '../messages.js';
import { plain, section } from './blocks.js';

/** `text` is mrkdwn and must already be escaped. */
export function noticeModal(text: string, title: string = TEXT.notice.title): ModalView {
  return {
    type: 'modal',
    title: plain(title, 24),
    close: plain('Close', 24),
    blocks: [section(text)],
  };
}
