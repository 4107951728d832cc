// Every rule, in SPEC §3 order. A test fails unless each RULE_IDS id is here and tested.
import { abbreviation } from './abbreviation.js';
import { charLimit } from './char-limit.js';
import { contactInfo } from './contact-info.js';
import { generic } from './generic.js';
import { grammar } from './grammar.js';
import { irrelevantOffer } from './irrelevant-offer.js';
import { language } from './language.js';
import { length } from './length.js';
import { missingCallToAction } from './missing-call-to-action.js';
import { missingContext } from './missing-context.js';
import { missingName } from './missing-name.js';
import { missingPurpose } from './missing-purpose.js';
import { noMessage } from './no-message.js';
import { oversharing } from './oversharing.js';
import { perspective } from './perspective.js';
import { placeholder } from './placeholder.js';
import { pushy } from './pushy.js';
import { reused } from './reused.js';
import type { Rule } from './rule.js';
import { selfFocus } from './self-focus.js';
import { spelling } from './spelling.js';
import { tooManySentences } from './too-many-sentences.js';

export const RULES: readonly Rule[] = [
  noMessage,
  missingName,
  missingContext,
  missingPurpose,
  missingCallToAction,
  length,
  charLimit,
  tooManySentences,
  spelling,
  grammar,
  abbreviation,
  pushy,
  selfFocus,
  contactInfo,
  oversharing,
  irrelevantOffer,
  generic,
  placeholder,
  reused,
  perspective,
  language,
];

export type { Fix, Rule, RuleContext, RuleReport } from './rule.js';
