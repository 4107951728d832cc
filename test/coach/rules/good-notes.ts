// Notes that follow the guide: every rule should leave them alone.
export const GOOD_NOTES = [
  'Hi Leo, great meeting you at the Fintech Summit yesterday. I enjoyed our chat about onboarding flows. I’d love to connect to keep swapping ideas.',
  "Hi Maya, it's been ages since we worked together at Acme. I'd love to reconnect and catch up!",
  'Hi Ms. Park, Jin Lee suggested I reach out about your work on onboarding at Stripe. I’d love to connect to learn how you scaled it.',
] as const;
