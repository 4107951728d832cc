import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { ACTION } from '../../ids.js';
import { onAction } from '../safely.js';
import { anotherVersion } from './another-version.js';
import { editDraft } from './edit-draft.js';
import { reviewRelationship } from './review-relationship.js';

// `mark_sent` and the reminder buttons belong to tracking (listeners/tracking.ts).
export function register(app: App, deps: AppDeps): void {
  onAction(app, deps, ACTION.anotherVersion, anotherVersion(deps));
  onAction(app, deps, ACTION.editDraft, editDraft(deps));
  onAction(app, deps, ACTION.reviewRelationship, reviewRelationship(deps));
}
