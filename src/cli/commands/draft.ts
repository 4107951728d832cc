// `connectnote draft`: notes drafted from the context, each passing its own review.

import { draft, MAX_VARIANTS } from '../../coach/draft.js';
import { type DraftInput, RELATIONSHIP_IDS } from '../../coach/types.js';
import { between, numberValue, parse, relationshipValue } from '../args.js';
import { colorEnabled, palette } from '../colors.js';
import { UsageError } from '../errors.js';
import { formatDrafts } from '../report.js';
import type { Command } from './command.js';

const USAGE = `connectnote draft --name NAME --relationship ID [--greet-as NAME] [--context TEXT] [--topic TEXT]
                  [--purpose TEXT] [--mutual NAME] [--sender NAME] [--limit N] [--variants N] [--json]`;

const HELP = `${USAGE}

Drafts notes that follow the guidelines, using only what you give.

  --name NAME        the recipient's name (required)
  --greet-as NAME    how the greeting names them; guessed from --name when left out
                     ("Dr Raman" for "Dr Priya Raman", "Ana Lúcia" for "Ana Lúcia Ferreira")
  --relationship ID  ${RELATIONSHIP_IDS.join(', ')} (required)
  --context TEXT     where you met or how you know them, as you would say it ("the XYZ event",
                     "we worked at ABC", "Tom said she runs the data team"); the note says it to them
  --topic TEXT       what you talked about or the subject you share
  --purpose TEXT     why you want to connect ("to swap ideas about onboarding")
  --mutual NAME      who introduced you (introduced needs --mutual or --context)
  --sender NAME      your own name
  --limit N          character limit: 300 premium (default), 200 free
  --variants N       how many different drafts (default 3, at most ${MAX_VARIANTS})
  --json             print {"drafts": [{"text", "review", "leftOut"?}]}; leftOut lists your words
                     the limit forced out of that draft

Exit status: 0 drafted, 2 bad usage or input the drafter cannot fit (the message names the field).`;

const OPTIONS = {
  name: { type: 'string' },
  'greet-as': { type: 'string' },
  relationship: { type: 'string' },
  context: { type: 'string' },
  topic: { type: 'string' },
  purpose: { type: 'string' },
  mutual: { type: 'string' },
  sender: { type: 'string' },
  limit: { type: 'string' },
  variants: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const draftCommand: Command = {
  name: 'draft',
  summary: 'draft notes that pass their own review',
  usage: USAGE,
  help: HELP,
  async run(args, io) {
    const { values } = parse(args, OPTIONS, false);
    if (values.name === undefined)
      throw new UsageError("missing --name NAME: the recipient's name");
    const relationship = relationshipValue(values.relationship);
    if (relationship === undefined) {
      throw new UsageError(`missing --relationship ID: one of ${RELATIONSHIP_IDS.join(', ')}`);
    }
    const input: DraftInput = {
      name: values.name,
      greetAs: values['greet-as'],
      relationship,
      context: values.context,
      topic: values.topic,
      purpose: values.purpose,
      mutual: values.mutual,
      sender: values.sender,
      limit: numberValue(
        values.limit,
        '--limit',
        between(1, 300),
        'a number of characters up to 300',
      ),
      variants: numberValue(
        values.variants,
        '--variants',
        between(1, MAX_VARIANTS),
        `between 1 and ${MAX_VARIANTS}`,
      ),
    };
    const result = draft(input);
    if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout.write(formatDrafts(result.drafts, palette(colorEnabled(io.stdout, io.env))));
    return 0;
  },
};
