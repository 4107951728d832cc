// The App Home tab: pending requests with days waiting and their next reminder, recent outcomes,
// acceptance rate by relationship, the free-account note budget, settings, and "Delete my data"
// behind a confirmation dialog. A pure function of the tracking data.
import type { KnownBlock, PlainTextOption } from '@slack/web-api';
import { RELATIONSHIPS } from '../../coach/relationships.js';
import { RULE_IDS, type RuleId } from '../../coach/types.js';
import { daysBetween } from '../../tracking/timing.js';
import type { HomeData, Outcome, TrackedRequest } from '../../tracking/types.js';
import { context, divider, header, option, plain, section } from './blocks.js';
import { days, recipientLabel, slackDate } from './reminder.js';

export const HOME_ACTION = {
  outcome: 'home_outcome',
  accountType: 'home_account_type',
  reminderDays: 'home_reminder_days',
  mutedRules: 'home_muted_rules',
  deleteData: 'home_delete_data',
  /** Not in the audit's list of controls: pages through pending requests past 20. */
  page: 'home_page',
} as const;

/** How many pending requests the Home lists (Slack allows 100 blocks in a Home view). */
export const HOME_MAX_PENDING = 20;
export const REMINDER_DAY_CHOICES = [3, 5, 7, 10, 14] as const;

export type HomeChoice = Outcome | 'snooze';

export function encodeHomeChoice(choice: HomeChoice, id: string): string {
  return `${choice}:${id}`;
}

export function decodeHomeChoice(
  value: string | undefined,
): { choice: HomeChoice; id: string } | undefined {
  const match = /^(accepted|declined|withdrawn|stopped|snooze):([\w-]{1,100})$/.exec(value ?? '');
  if (!match) return undefined;
  return { choice: match[1] as HomeChoice, id: match[2] as string };
}

const STATUS_WORDS: Record<TrackedRequest['status'], string> = {
  pending: 'waiting',
  accepted: ':white_check_mark: accepted',
  declined: 'declined',
  withdrawn: 'withdrawn',
  stopped: 'no longer tracked',
};

function relationshipLabel(id: TrackedRequest['relationship']): string {
  return RELATIONSHIPS[id].label;
}

function pendingBlock(r: TrackedRequest, now: Date): KnownBlock {
  const waited = days(daysBetween(new Date(r.sentAt), now));
  const next = r.nextReminderAt
    ? `next reminder ${slackDate(new Date(r.nextReminderAt))}`
    : 'no more reminders (snooze for one more)';
  return {
    type: 'section',
    block_id: `home_pending:${r.id}`,
    text: {
      type: 'mrkdwn',
      text: `${recipientLabel(r)} · ${relationshipLabel(r.relationship)}\nWaiting ${waited} · ${next}`,
    },
    accessory: {
      type: 'overflow',
      action_id: HOME_ACTION.outcome,
      options: [
        option('They accepted', encodeHomeChoice('accepted', r.id)),
        option('They declined', encodeHomeChoice('declined', r.id)),
        option('I withdrew it', encodeHomeChoice('withdrawn', r.id)),
        option('Snooze a week', encodeHomeChoice('snooze', r.id)),
        option('Stop tracking', encodeHomeChoice('stopped', r.id)),
      ],
    },
  };
}

const ruleOption = (id: RuleId): PlainTextOption => option(id, id);

/** The page of pending requests to show: 0 is the oldest 20; clamped to the pages there are. */
export function homePage(value: unknown, pending: number): number {
  const pages = Math.max(1, Math.ceil(pending / HOME_MAX_PENDING));
  const page = Number(value);
  return Number.isInteger(page) ? Math.min(Math.max(page, 0), pages - 1) : 0;
}

export function homeView(data: HomeData, now: Date, notice?: string, page = 0) {
  const blocks: KnownBlock[] = [header('Your LinkedIn connection requests')];
  if (notice) blocks.push(section(notice));
  if (data.remindersBlocked) {
    blocks.push(
      context(
        `:warning: Reminders are paused: Slack would not deliver my messages to you (${data.remindersBlocked}). They resume the next time you track a request.`,
      ),
    );
  }
  if (data.monthlyBudget !== undefined) {
    const left = Math.max(0, data.monthlyBudget - data.notesSentThisMonth);
    blocks.push(
      context(
        `:hourglass_flowing_sand: Free account: ${data.notesSentThisMonth} of ${data.monthlyBudget} personalised notes used this month, ${left} left.`,
      ),
    );
  }

  blocks.push(section(`*Waiting for an answer (${data.pending.length})*`));
  if (data.pending.length === 0) {
    blocks.push(
      context('Nothing pending. Press “I sent it” under a draft and I will keep track of it.'),
    );
  }
  // Past one page, every pending request must still be reachable: a reminder DM lists those
  // beyond its tenth and sends the user here to record their outcomes.
  const shown = homePage(page, data.pending.length);
  const first = shown * HOME_MAX_PENDING;
  const onPage = data.pending.slice(first, first + HOME_MAX_PENDING);
  for (const r of onPage) blocks.push(pendingBlock(r, now));
  if (data.pending.length > HOME_MAX_PENDING) {
    const buttons = [];
    if (shown > 0) {
      buttons.push({
        type: 'button' as const,
        action_id: HOME_ACTION.page,
        text: plain('Older'),
        value: String(shown - 1),
      });
    }
    if (first + HOME_MAX_PENDING < data.pending.length) {
      buttons.push({
        type: 'button' as const,
        action_id: HOME_ACTION.page,
        text: plain('Newer'),
        value: String(shown + 1),
      });
    }
    blocks.push(
      context(
        `Showing ${first + 1}–${first + onPage.length} of ${data.pending.length}, oldest first.`,
      ),
      { type: 'actions', block_id: 'home_pages', elements: buttons },
    );
  }

  blocks.push(divider(), section('*Recent outcomes*'));
  blocks.push(
    context(
      data.recent.length === 0
        ? 'No outcomes recorded yet.'
        : data.recent.map((r) => `${recipientLabel(r)}: ${STATUS_WORDS[r.status]}`).join('\n'),
    ),
  );

  blocks.push(section('*Acceptance rate by relationship*'));
  blocks.push(
    context(
      data.rates.length === 0
        ? 'Record a few outcomes to see which of your notes work best.'
        : data.rates
            .map((rate) => {
              const pct = Math.round((100 * rate.accepted) / rate.decided);
              return `${relationshipLabel(rate.relationship)}: ${rate.accepted} of ${rate.decided} accepted (${pct}%)`;
            })
            .join('\n'),
    ),
  );

  const s = data.settings;
  const accountOptions = [
    option('Premium (300 characters)', 'premium'),
    option('Free (200 characters, 5 notes a month)', 'free'),
  ];
  const currentDays = s.reminderAfterDays ?? data.defaultReminderAfterDays;
  const dayChoices = [...new Set([...REMINDER_DAY_CHOICES, currentDays])].sort((a, b) => a - b);
  const dayOptions = dayChoices.map((d) => option(`First reminder after ${d} days`, String(d)));
  blocks.push(divider(), section('*Settings*'));
  blocks.push({
    type: 'actions',
    block_id: 'home_settings',
    elements: [
      {
        type: 'static_select',
        action_id: HOME_ACTION.accountType,
        placeholder: plain('LinkedIn account'),
        options: accountOptions,
        initial_option: accountOptions.find((o) => o.value === s.accountType),
      },
      {
        type: 'static_select',
        action_id: HOME_ACTION.reminderDays,
        placeholder: plain('First reminder after…'),
        options: dayOptions,
        initial_option: dayOptions.find((o) => o.value === String(currentDays)),
      },
    ],
  });
  blocks.push({
    type: 'section',
    block_id: 'home_muted',
    text: { type: 'mrkdwn', text: 'Guidelines you do not want me to check:' },
    accessory: {
      type: 'multi_static_select',
      action_id: HOME_ACTION.mutedRules,
      placeholder: plain('Mute rules'),
      options: RULE_IDS.map(ruleOption),
      ...(s.mutedRules.length > 0 ? { initial_options: s.mutedRules.map(ruleOption) } : {}),
    },
  });
  blocks.push(divider(), {
    type: 'actions',
    block_id: 'home_danger',
    elements: [
      {
        type: 'button',
        action_id: HOME_ACTION.deleteData,
        style: 'danger',
        text: plain('Delete my data'),
        value: 'delete',
        confirm: {
          title: plain('Delete your data?'),
          text: {
            type: 'mrkdwn',
            text: 'This removes every request I track for you, their notes and outcomes, and your settings. It cannot be undone.',
          },
          confirm: plain('Delete everything'),
          deny: plain('Keep it'),
          style: 'danger',
        },
      },
    ],
  });
  return { type: 'home' as const, blocks };
}
