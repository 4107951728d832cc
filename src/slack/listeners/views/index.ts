import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { CALLBACK } from '../../ids.js';
import { safely } from '../safely.js';
import { draftSubmission } from './draft-submission.js';
import { editSubmission } from './edit-submission.js';

export function register(app: App, deps: AppDeps): void {
  app.view(CALLBACK.draftModal, safely(deps, 'view connectnote_draft', draftSubmission(deps)));
  app.view(CALLBACK.editModal, safely(deps, 'view connectnote_edit', editSubmission(deps)));
}
