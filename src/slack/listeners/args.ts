// What a block-action listener is given, and who is acting: the same for every surface.
import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import type { Owner } from '../../tracking/types.js';

/** A block action's listener arguments (a button's, unless told). */
export type ActionArgs<A extends BlockAction = BlockAction<ButtonAction>> =
  SlackActionMiddlewareArgs<A> & AllMiddlewareArgs;

/** The acting user (of an action, a view submission or a shortcut), as the owner of what they act on. */
export function ownerOf(body: {
  team?: { id: string } | null;
  user: { id: string; team_id?: string };
}): Owner {
  return { teamId: body.team?.id ?? body.user.team_id ?? '', userId: body.user.id };
}
