import type { App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { ACTION } from '../../ids.js';
import { safely } from '../safely.js';
import { anotherVersion } from './another-version.js';
import { editDraft } from './edit-draft.js';
import { reviewRelationship } from './review-relationship.js';

// `mark_sent` and the reminder buttons belong to tracking (listeners/tracking.ts).
export function register(app: App, deps: AppDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.anotherVersion,
    safely(deps, 'action another_version', anotherVersion(deps)),
  );
  app.action<BlockAction<ButtonAction>>(
    ACTION.editDraft,
    safely(deps, 'action edit_draft', editDraft(deps)),
  );
  app.action<BlockAction<StaticSelectAction>>(
    ACTION.reviewRelationship,
    safely(deps, 'action review_relationship', reviewRelationship(deps)),
  );
}
