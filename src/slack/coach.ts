// The part of the coach the Slack surfaces use, in one place.
export { MAX_VARIANTS } from '../coach/draft.js';
export { DraftInputError, draft, markup, RELATIONSHIPS, review } from '../coach/index.js';
