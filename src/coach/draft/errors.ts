/** The fields of a DraftInput a user can be asked to fix. */
export type DraftField =
  | 'name'
  | 'relationship'
  | 'context'
  | 'topic'
  | 'purpose'
  | 'mutual'
  | 'sender'
  | 'limit'
  | 'variants';

/** Input the drafter cannot work with: `field` names what to fill in or shorten. */
export class DraftInputError extends Error {
  override readonly name = 'DraftInputError';
  readonly field: DraftField;

  constructor(field: DraftField, message: string) {
    super(message);
    this.field = field;
  }
}
