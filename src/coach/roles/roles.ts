// What a sentence of a connection note does. A sentence may play several roles
// ("Hi Aisha, great meeting you at the congress" greets and gives context).

export const ROLES = [
  'greeting',
  'context',
  'purpose',
  'ask',
  'help-offer',
  'pleasantry',
  'pitch',
  'disclosure',
  'contact-request',
  'pressure',
  'self-promotion',
  'stock-phrase',
  'third-person',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
