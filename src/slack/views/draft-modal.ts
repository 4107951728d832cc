// The `/connectnote` modal (callback_id `connectnote_draft`): docs/reference.md §5's inputs, block_id = action_id.
import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/web-api';
import { guessGreeting } from '../../coach/draft.js';
import { RELATIONSHIPS } from '../../coach/relationships.js';
import { type CharLimit, RELATIONSHIP_IDS, type RelationshipId } from '../../coach/types.js';
import { CALLBACK, DRAFT_INPUT } from '../ids.js';
import { TEXT } from '../messages.js';
import { context, option, plain, section } from './blocks.js';

export interface DraftModalValues {
  name?: string;
  greetAs?: string;
  relationship?: RelationshipId;
  context?: string;
  topic?: string;
  purpose?: string;
  mutual?: string;
  sender?: string;
  limit: CharLimit;
}

const T = TEXT.draftModal;

export function relationshipOptions(): PlainTextOption[] {
  return RELATIONSHIP_IDS.map((id) => {
    const { label, wordTarget } = RELATIONSHIPS[id];
    return {
      ...option(label, id),
      description: plain(`${wordTarget.min}–${wordTarget.max} words`, 75),
    };
  });
}

export function limitOptions(): PlainTextOption[] {
  return [option(T.limit.premium, '300'), option(T.limit.free, '200')];
}

function textInput(
  id: string,
  label: string,
  opts: {
    placeholder?: string;
    hint?: string;
    initial?: string;
    multiline?: boolean;
    optional?: boolean;
  },
): InputBlock {
  return {
    type: 'input',
    block_id: id,
    optional: opts.optional ?? false,
    label: plain(label, 2000),
    ...(opts.hint ? { hint: plain(opts.hint, 2000) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: id,
      multiline: opts.multiline ?? false,
      ...(opts.placeholder ? { placeholder: plain(opts.placeholder, 150) } : {}),
      // Slack refuses an initial_value over 3,000 characters; validation reports longer text.
      ...(opts.initial ? { initial_value: opts.initial.slice(0, 3000) } : {}),
    },
  };
}

function selectInput(
  id: string,
  label: string,
  options: PlainTextOption[],
  initialValue: string | undefined,
  opts: { placeholder?: string; hint?: string },
): InputBlock {
  const initial = options.find((o) => o.value === initialValue);
  return {
    type: 'input',
    block_id: id,
    label: plain(label, 2000),
    ...(opts.hint ? { hint: plain(opts.hint, 2000) } : {}),
    element: {
      type: 'static_select',
      action_id: id,
      options,
      ...(opts.placeholder ? { placeholder: plain(opts.placeholder, 150) } : {}),
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

export function draftModal(values: DraftModalValues): ModalView {
  const blocks: KnownBlock[] = [
    section(T.intro),
    context(
      '_Example:_ Hi John, this is Michelle from the XYZ networking event last month. I enjoyed chatting about marketing trends in the construction industry. I’d love to connect on LinkedIn to continue the conversation.',
    ),
    textInput(DRAFT_INPUT.name, T.name.label, {
      placeholder: T.name.placeholder,
      hint: T.name.hint,
      initial: values.name,
    }),
    // The modal usually opens before a name is typed, so there is nothing to guess from
    // yet: the input is prefilled only when the name is known (a modal opened again with
    // the user's answers), and otherwise left empty for the guess to be made at submit
    // time. A user expects a field they never touched not to override what they typed
    // as the name, and the draft DM says which greeting was chosen, so a wrong guess is
    // seen and corrected in one step.
    textInput(DRAFT_INPUT.greetAs, T.greetAs.label, {
      placeholder: T.greetAs.placeholder,
      hint: T.greetAs.hint,
      initial: values.greetAs ?? (values.name ? guessGreeting(values.name) : undefined),
      optional: true,
    }),
    selectInput(
      DRAFT_INPUT.relationship,
      T.relationship.label,
      relationshipOptions(),
      values.relationship,
      {
        placeholder: T.relationship.placeholder,
      },
    ),
    textInput(DRAFT_INPUT.context, T.context.label, {
      placeholder: T.context.placeholder,
      hint: T.context.hint,
      initial: values.context,
      multiline: true,
    }),
    textInput(DRAFT_INPUT.topic, T.topic.label, {
      placeholder: T.topic.placeholder,
      initial: values.topic,
      optional: true,
    }),
    textInput(DRAFT_INPUT.purpose, T.purpose.label, {
      placeholder: T.purpose.placeholder,
      hint: T.purpose.hint,
      initial: values.purpose,
    }),
    textInput(DRAFT_INPUT.mutual, T.mutual.label, {
      placeholder: T.mutual.placeholder,
      initial: values.mutual,
      optional: true,
    }),
    textInput(DRAFT_INPUT.sender, T.sender.label, {
      placeholder: T.sender.placeholder,
      hint: T.sender.hint,
      initial: values.sender,
      optional: true,
    }),
    selectInput(DRAFT_INPUT.limit, T.limit.label, limitOptions(), String(values.limit), {
      hint: T.limit.hint,
    }),
  ];
  return {
    type: 'modal',
    callback_id: CALLBACK.draftModal,
    title: plain(T.title, 24),
    submit: plain(T.submit, 24),
    close: plain(T.close, 24),
    blocks,
  };
}
