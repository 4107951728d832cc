/** The bench's user ids, in the stand-in and in the seeded store alike. */
export function benchUser(i: number): string {
  return `U${String(i).padStart(7, '0')}`;
}

/** Zones all inside working hours on the bench's Wednesday 10:00 UTC, ending their day apart. */
export const BENCH_ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'Africa/Lagos',
  'Africa/Cairo',
  'Europe/Moscow',
];
