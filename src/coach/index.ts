// The coach's public API.

export type { DraftField } from './draft.js';
export { DraftInputError, draft } from './draft.js';
export { type MarkupCallbacks, markup } from './markup.js';
export { isRelationshipId, RELATIONSHIPS, type Relationship } from './relationships.js';
export { review } from './review.js';
export type { Rule, RuleContext, RuleReport } from './rules/index.js';
export { RULES } from './rules/index.js';
export { loadSpeller } from './spell.js';
export * from './types.js';
