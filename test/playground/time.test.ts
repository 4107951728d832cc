import { describe, expect, it } from 'vitest';
import {
  advanceDays,
  formatClock,
  isWorkingTime,
  startingTime,
  tzOffsetSeconds,
  workingTimeOn,
} from '../../src/playground/time.js';

const ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Australia/Sydney', 'Europe/Berlin'];

describe('the playground clock lands in working hours, where reminders go out', () => {
  it('starts on a weekday at 10:00 local', () => {
    // Saturday 28 Nov 2026 → Monday 30 Nov, 10:00 wherever the user is.
    for (const tz of ZONES) {
      const start = startingTime(new Date('2026-11-28T15:00:00Z'), tz);
      expect(formatClock(start, tz)).toBe('Mon, 30 Nov 2026, 10:00');
    }
  });

  it('eight days after a Monday morning is Tuesday morning, in working hours', () => {
    for (const tz of ZONES) {
      const start = startingTime(new Date('2026-11-30T12:00:00Z'), tz);
      const later = advanceDays(start, 8, tz);
      expect(formatClock(later, tz)).toBe('Tue, 8 Dec 2026, 10:00');
      expect(isWorkingTime(later, tz)).toBe(true);
    }
  });

  it('a move that ends on a weekend or after hours goes on to the next weekday 09:00', () => {
    const friday = new Date('2026-11-27T10:00:00Z');
    expect(formatClock(advanceDays(friday, 1, 'UTC'), 'UTC')).toBe('Mon, 30 Nov 2026, 09:00');
    // 17:30 in Los Angeles on a Thursday is 01:30 Friday in Tokyo: before hours, same day.
    const evening = new Date('2026-11-27T01:30:00Z');
    expect(formatClock(advanceDays(evening, 1, 'Asia/Tokyo'), 'Asia/Tokyo')).toBe(
      'Mon, 30 Nov 2026, 09:00',
    );
  });

  it('keeps the wall-clock time across a DST change', () => {
    const before = new Date('2026-03-27T09:00:00Z'); // Fri 10:00 in Berlin (UTC+1)
    const after = advanceDays(before, 3, 'Europe/Berlin'); // Mon 30 Mar, now UTC+2
    expect(formatClock(after, 'Europe/Berlin')).toBe('Mon, 30 Mar 2026, 10:00');
    expect(after.toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('a picked date means 10:00 that day, or the next weekday morning', () => {
    expect(formatClock(workingTimeOn('2026-12-09', 'UTC') as Date, 'UTC')).toBe(
      'Wed, 9 Dec 2026, 10:00',
    );
    expect(formatClock(workingTimeOn('2026-12-12', 'UTC') as Date, 'UTC')).toBe(
      'Mon, 14 Dec 2026, 09:00',
    );
    expect(workingTimeOn('next week', 'UTC')).toBeUndefined();
  });

  it('reports the zone offset as Slack does, in seconds east of UTC', () => {
    expect(tzOffsetSeconds(new Date('2026-11-30T10:00:00Z'), 'Asia/Tokyo')).toBe(32_400);
    expect(tzOffsetSeconds(new Date('2026-11-30T10:00:00Z'), 'America/Los_Angeles')).toBe(-28_800);
  });
});
