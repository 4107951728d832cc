// What the Slack surfaces say to people, kept apart from the code that says it.
// Plain strings here are mrkdwn-safe (no user text); functions escape nothing themselves,
// their callers pass already escaped values.
import type { RuleId } from '../coach/types.js';
import type { ErrorKind } from './errors.js';

export const NOTICES: Record<ErrorKind, string> = {
  ratelimited: 'Slack asked me to slow down for a moment. Please try again in a minute.',
  trigger:
    'Slack closed the window before it could open (that happens when things are slow). Please try again.',
  channel: 'I could not post where you asked. Please try again from our direct messages.',
  view: 'That message or window changed or closed before I could update it. Please open it again.',
  auth: 'I am not allowed to do that in this workspace. Please ask your Slack admin to reinstall ConnectNote.',
  unavailable: 'Slack did not answer just now. Please try again in a moment.',
  bug: 'Sorry, something went wrong on my side. Please try again; if it keeps happening, let your Slack admin know.',
};

export const TEXT = {
  appName: 'ConnectNote',
  draftModal: {
    title: 'Draft a LinkedIn note',
    submit: 'Draft it',
    close: 'Cancel',
    intro:
      'Tell me who you are writing to and why. I will draft a short connection note that follows the guidelines, and review it for you.',
    name: {
      label: 'Their name',
      placeholder: 'e.g. Dr Priya Raman',
      hint: 'As you know it; a title you type is used in the greeting.',
    },
    greetAs: {
      label: 'Greet them as',
      placeholder: 'e.g. Priya, Dr Raman, Ana Lúcia',
      hint: 'Leave it empty and I will greet them as people are usually addressed: “Dr Raman” for Dr Priya Raman, “Zhang Wei” for Zhang Wei. The draft says which I chose.',
    },
    relationship: { label: 'How do you know them?', placeholder: 'Pick one' },
    context: {
      label: 'Where did you meet, or how did you find them?',
      placeholder:
        'e.g. the XYZ networking event last month, where we talked about marketing trends',
      hint: 'Something that jogs their memory. A few words are enough.',
    },
    topic: {
      label: 'What you talked about or have in common',
      placeholder: 'e.g. marketing trends in the construction industry',
    },
    purpose: {
      label: 'Why do you want to connect?',
      placeholder: 'e.g. to continue the conversation',
      hint: 'One reason, said plainly.',
    },
    mutual: { label: 'Mutual contact who introduced you', placeholder: 'e.g. Sam Lee' },
    sender: {
      label: 'Your name',
      placeholder: 'e.g. Michelle',
      hint: 'Used when they might not remember you.',
    },
    limit: {
      label: 'LinkedIn character limit',
      premium: '300 characters (Premium)',
      free: '200 characters (free account)',
      hint: 'Free accounts get 200 characters and five personalised notes a month.',
    },
  },
  fieldErrors: {
    nameEmpty: 'Please enter their name.',
    namePlaceholder: 'That looks like a template placeholder. Please enter their real name.',
    nameTooLong: 'Please keep the name under 80 characters.',
    relationship: 'Please pick how you know them.',
    contextEmpty: 'Please say where you met or how you found them.',
    tooLong: (max: number) => `Please keep this under ${max} characters.`,
    purposeEmpty: 'Please give one reason for connecting.',
    limit: 'Please pick 300 or 200.',
    tooMuchOverall: 'Together your answers are too long to carry along; please shorten this one.',
  },
  draftMessage: {
    fallback: (name: string) => `Your connection note for ${name} is ready.`,
    header: (name: string) => `Your note for ${name}`,
    recommended: 'Recommended draft, ready to copy:',
    variant: (n: number) => `Version ${n}, ready to copy:`,
    checklist: 'Checklist',
    markSent: 'I sent it',
    edit: 'Edit & re-check',
    another: 'Another version',
    greeted: (greeting: string) =>
      `Greeted as *${greeting}*. Not how they are addressed? Draft again with “Greet them as” filled in.`,
    leftOut: (limit: number, words: string) =>
      `:scissors: To fit ${limit} characters I left out: ${words}. Edit the draft to put back what matters most.`,
  },
  review: {
    score: 'Score',
    words: 'Words',
    chars: 'Characters',
    findings: 'What to look at',
    none: 'Nothing to fix: this note follows every guideline.',
    met: 'Met',
    muted: 'muted',
    suggestion: 'Try',
    about: 'About',
    marked: 'Your text, with the problems marked',
    corrected: 'Corrected version',
    relationship: 'Relationship',
    inferred: 'I guessed this from the text; change it if it is wrong.',
    englishOnly: 'ConnectNote coaches notes written in English.',
  },
  reviewModal: {
    title: 'Review this draft',
    close: 'Done',
    noText:
      'This message has no text for me to review. Pick a message with the draft of your note in it.',
    tooLong: (max: number) =>
      `This message is over ${max.toLocaleString('en-US')} characters. A LinkedIn note is at most 300, so pick the message with just the note in it.`,
    tooLongToTrack:
      'This is longer than any LinkedIn note can be, so there is nothing to track yet.',
  },
  editModal: {
    title: 'Edit & re-check',
    submit: 'Re-check',
    close: 'Done',
    label: 'Your note',
    hint: 'Change anything, then press Re-check.',
    empty: 'Please write your note first.',
    tooLong: (max: number) => `A LinkedIn note can be at most ${max} characters.`,
  },
  budget: {
    last: 'Heads up: on a free account this is your fifth and last personalised note this month.',
    spent: (n: number) =>
      `Heads up: you have already sent ${n} personalised notes this month; free accounts get five, so LinkedIn may not let you add a note until next month.`,
  },
  notice: { title: 'ConnectNote' },
  setup: [
    'ConnectNote needs a Slack app to talk to.',
    '  1. Create the app from manifest.yml at https://api.slack.com/apps (From an app manifest).',
    '  2. Install it to your workspace and copy the Bot User OAuth Token (xoxb-…).',
    '  3. Socket Mode (default): create an app-level token with connections:write (xapp-…).',
    '     HTTP instead: copy the Signing Secret and see the comments in manifest.yml.',
    '  4. Put them in .env (see .env.example): SLACK_BOT_TOKEN, SLACK_APP_TOKEN or SLACK_SIGNING_SECRET.',
    '  5. npm start',
  ].join('\n'),
} as const;

/** A short name for each rule, as the checklist shows it when it is met. */
export const RULE_LABELS: Record<RuleId, string> = {
  'no-message': 'Says something',
  'missing-name': 'Uses their name',
  'missing-context': 'Says how you know them',
  'missing-purpose': 'Gives a reason to connect',
  'missing-call-to-action': 'Asks to connect',
  length: 'Right length',
  'char-limit': 'Fits LinkedIn’s limit',
  'too-many-sentences': 'Short (1–3 sentences)',
  spelling: 'Spelling',
  grammar: 'Grammar',
  abbreviation: 'No text-speak',
  pushy: 'Not pushy',
  'self-focus': 'About them, not just you',
  'contact-info': 'Does not ask for contact details',
  oversharing: 'Nothing too personal',
  'irrelevant-offer': 'No sales pitch',
  generic: 'Not a template',
  placeholder: 'No unfilled placeholders',
  reused: 'Not a copy of an earlier note',
  perspective: 'Speaks to them',
  language: 'In English',
};
