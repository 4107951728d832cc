// How a review reads in Slack, shared by the draft DM, the edit modal and the review modal:
// the numbers, the findings with their words, the rules met, the text with problems marked.
import type { KnownBlock } from '@slack/web-api';
import {
  type Finding,
  type Review,
  RULE_IDS,
  type RuleId,
  type Severity,
} from '../../coach/types.js';
import { markup, RELATIONSHIPS } from '../coach.js';
import { escapeMrkdwn } from '../escape.js';
import { RULE_LABELS, TEXT } from '../messages.js';
import { context, sections } from './blocks.js';

const R = TEXT.review;

const ICON: Record<Severity, string> = {
  error: ':x:',
  warning: ':warning:',
  info: ':bulb:',
};

/** Score, words against the relationship's target, characters against the limit. */
export function reviewNumbers(review: Review): KnownBlock {
  const { wordTarget: target } = review;
  const wordsOk = review.words >= target.min && review.words <= target.max;
  const charsOk = review.chars <= review.charLimit;
  return {
    type: 'section',
    fields: [
      { type: 'mrkdwn', text: `*${R.score}*\n${review.score}/100` },
      {
        type: 'mrkdwn',
        text: `*${R.words}*\n${review.words} (target ${target.min}–${target.max}) ${wordsOk ? ':white_check_mark:' : ':warning:'}`,
      },
      {
        type: 'mrkdwn',
        text: `*${R.chars}*\n${review.chars} / ${review.charLimit} ${charsOk ? ':white_check_mark:' : ':x:'}`,
      },
      {
        type: 'mrkdwn',
        text: `*${R.relationship}*\n${escapeMrkdwn(RELATIONSHIPS[review.relationship].label)}`,
      },
    ],
  };
}

/** One finding: what is wrong, the words it is about, and what to try. */
export function findingText(finding: Finding, number?: number): string {
  const label = RULE_LABELS[finding.ruleId] ?? finding.ruleId;
  const ref = number === undefined ? '' : `[${number}] `;
  let line = `${ICON[finding.severity]} ${ref}*${escapeMrkdwn(label)}*: ${escapeMrkdwn(finding.message)}`;
  if (finding.excerpt) line += `\n>${R.about} “${escapeMrkdwn(oneLine(finding.excerpt))}”`;
  if (finding.suggestion)
    line += `\n>_${R.suggestion}:_ ${escapeMrkdwn(oneLine(finding.suggestion))}`;
  return line;
}

/**
 * The review as a checklist, rule by rule: each finding (error, warning, tip) with its
 * message and suggestion, then the rules the note meets, and the ones the user muted.
 */
export function checklist(review: Review, mutedRules: readonly RuleId[] = []): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const findings = review.findings;
  if (findings.length === 0) {
    blocks.push(...sections(`:white_check_mark: ${R.none}`));
  } else {
    blocks.push(...sections(findings.map((finding, i) => findingText(finding, i + 1)).join('\n')));
  }
  const flagged = new Set(findings.map((finding) => finding.ruleId));
  const muted = new Set(mutedRules);
  const met = RULE_IDS.filter((id) => !flagged.has(id) && !muted.has(id));
  const parts = [
    `*${R.met}:* ${met.map((id) => `:white_check_mark: ${RULE_LABELS[id]}`).join('  ')}`,
  ];
  if (muted.size > 0) {
    parts.push([...muted].map((id) => `:no_bell: ${RULE_LABELS[id]} (${R.muted})`).join('  '));
  }
  blocks.push(context(parts.join('\n')));
  return blocks;
}

/** The text, escaped, with each span a finding is about in bold and its finding's number. */
export function markedText(text: string, review: Review): string {
  return markup(text, review.findings, {
    escape: escapeMrkdwn,
    mark: (escaped, covering) => {
      const numbers = covering.map((finding) => review.findings.indexOf(finding) + 1);
      return `*${escaped.replace(/\*/g, '∗')}*[${numbers.join(',')}]`;
    },
  });
}

/** A note as a copyable block (escaped; a code block keeps Slack from formatting it). */
export function noteBlock(text: string): string {
  return `\`\`\`${escapeMrkdwn(text).replace(/```/g, "'''")}\`\`\``;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
