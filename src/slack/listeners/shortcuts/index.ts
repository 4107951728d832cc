import type { App, MessageShortcut } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { CALLBACK } from '../../ids.js';
import { safely } from '../safely.js';
import { reviewDraftShortcut } from './review-draft.js';

export function register(app: App, deps: AppDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: CALLBACK.reviewShortcut, type: 'message_action' },
    safely(deps, 'shortcut review_draft', reviewDraftShortcut(deps)),
  );
}
