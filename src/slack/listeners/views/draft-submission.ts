// The draft modal submitted: field errors back in the ack, or close it and DM the draft.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { postOnce } from '../../client.js';
import { DraftInputError } from '../../coach.js';
import { budgetWarning, coachContext, draftVariant } from '../../coaching.js';
import type { AppDeps } from '../../deps.js';
import { readDraftForm } from '../../draft-form.js';
import { DRAFT_INPUT } from '../../ids.js';
import { draftMessage } from '../../views/draft-message.js';
import { ownerOf } from '../args.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

const FIELDS = new Set<string>(Object.values(DRAFT_INPUT));

export function draftSubmission(deps: AppDeps) {
  return async ({ ack, body, view, client }: Args) => {
    const form = readDraftForm(view.state.values);
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const owner = ownerOf(body);
    const ctx = await coachContext(deps, owner);
    let drafted: ReturnType<typeof draftVariant>;
    try {
      drafted = draftVariant(form.request, 0, ctx.history);
    } catch (error) {
      // What the drafter cannot work with is the user's to fix, next to the field it is about.
      if (error instanceof DraftInputError && FIELDS.has(error.field)) {
        await ack({
          response_action: 'errors',
          errors: { [error.field]: sentence(error.message) },
        });
        return;
      }
      throw error;
    }
    await ack();
    const dm = await client.conversations.open({ users: owner.userId });
    if (!dm.channel?.id) throw new Error('conversations.open returned no channel');
    // Posted once even when Slack answers badly: an unknown outcome is settled from the DM history.
    await postOnce(client, {
      channel: dm.channel.id,
      ...draftMessage({
        request: form.request,
        index: drafted.index,
        draft: drafted.draft,
        mutedRules: ctx.settings.mutedRules,
        budgetWarning: budgetWarning(ctx, form.request.limit),
      }),
    });
  };
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
