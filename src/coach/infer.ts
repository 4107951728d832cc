// Infers the relationship from what the note says when the user did not say: the role
// model's relationship classifier reads the same features as the sentence roles.
import type { NoteReading } from './roles/index.js';
import type { RelationshipId } from './types.js';

export function inferRelationship(reading: NoteReading): RelationshipId {
  return reading.relationship()?.id ?? 'cold';
}
