import type { RelationshipId, WordTarget } from './types.js';

export interface Relationship {
  id: RelationshipId;
  /** How the Slack select and the CLI help name it. */
  label: string;
  /** SPEC §2: first-time requests 20–50 words, reconnecting 10–30. */
  wordTarget: WordTarget;
}

const FIRST_TIME: WordTarget = { min: 20, max: 50 };
const RECONNECTING: WordTarget = { min: 10, max: 30 };

export const RELATIONSHIPS: Record<RelationshipId, Relationship> = {
  'met-briefly': {
    id: 'met-briefly',
    label: 'Met briefly (event, conference)',
    wordTarget: FIRST_TIME,
  },
  'after-meeting': { id: 'after-meeting', label: 'Right after a meeting', wordTarget: FIRST_TIME },
  introduced: { id: 'introduced', label: 'Introduced by a mutual contact', wordTarget: FIRST_TIME },
  cold: { id: 'cold', label: 'Never met', wordTarget: FIRST_TIME },
  'former-colleague': {
    id: 'former-colleague',
    label: 'Former colleague',
    wordTarget: RECONNECTING,
  },
  'close-contact': { id: 'close-contact', label: 'Know each other well', wordTarget: RECONNECTING },
};

export function isRelationshipId(value: unknown): value is RelationshipId {
  return typeof value === 'string' && Object.hasOwn(RELATIONSHIPS, value);
}
