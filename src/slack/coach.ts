// The part of the coach the Slack surfaces use, in one place.
export { DraftInputError, draft, MAX_VARIANTS } from '../coach/draft.js';
export { markup, RELATIONSHIPS, review } from '../coach/index.js';
