import { describe, expect, it } from 'vitest';
import { isWorkingTime, monthStart, nextWorkingTime, zonedTime } from '../../src/tracking/hours.js';

const at = (iso: string) => new Date(iso);
const next = (iso: string, tz: string) => nextWorkingTime(at(iso), tz).toISOString();

describe('working hours', () => {
  it('is weekdays from 09:00 to 18:00 local', () => {
    expect(isWorkingTime(at('2026-11-09T09:00:00Z'), 'Europe/London')).toBe(true); // Mon 09:00
    expect(isWorkingTime(at('2026-11-09T08:59:59Z'), 'Europe/London')).toBe(false);
    expect(isWorkingTime(at('2026-11-09T17:59:59Z'), 'Europe/London')).toBe(true);
    expect(isWorkingTime(at('2026-11-09T18:00:00Z'), 'Europe/London')).toBe(false);
    expect(isWorkingTime(at('2026-11-14T12:00:00Z'), 'Europe/London')).toBe(false); // Saturday
  });

  it('finds the next window: later today, tomorrow, or Monday', () => {
    expect(next('2026-11-09T07:00:00Z', 'Europe/London')).toBe('2026-11-09T09:00:00.000Z');
    expect(next('2026-11-09T12:00:00Z', 'Europe/London')).toBe('2026-11-09T12:00:00.000Z');
    expect(next('2026-11-09T19:00:00Z', 'Europe/London')).toBe('2026-11-10T09:00:00.000Z');
    expect(next('2026-11-13T18:30:00Z', 'Europe/London')).toBe('2026-11-16T09:00:00.000Z');
    // Friday 20:00 UTC is already Saturday in Auckland: Monday 09:00 NZDT is Sunday 20:00 UTC.
    expect(next('2026-11-13T20:00:00Z', 'Pacific/Auckland')).toBe('2026-11-15T20:00:00.000Z');
    // Los Angeles is behind UTC: Monday 02:00 UTC is still Sunday evening there.
    expect(next('2026-11-16T02:00:00Z', 'America/Los_Angeles')).toBe('2026-11-16T17:00:00.000Z');
  });

  it('is DST-correct', () => {
    // Europe/Berlin: CEST until 25 Oct 2026, CET after.
    expect(zonedTime('Europe/Berlin', 2026, 10, 23, 9).toISOString()).toBe(
      '2026-10-23T07:00:00.000Z',
    );
    expect(zonedTime('Europe/Berlin', 2026, 10, 26, 9).toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
    // America/New_York springs forward on 8 March 2026.
    expect(next('2026-03-06T23:30:00Z', 'America/New_York')).toBe('2026-03-09T13:00:00.000Z');
  });

  it('falls back to UTC for a zone it does not know', () => {
    expect(next('2026-11-09T07:00:00Z', 'Mars/Olympus_Mons')).toBe('2026-11-09T09:00:00.000Z');
  });

  it('starts the month in the user’s zone', () => {
    expect(monthStart(at('2026-11-30T20:00:00Z'), 'Pacific/Auckland').toISOString()).toBe(
      '2026-11-30T11:00:00.000Z',
    );
    expect(monthStart(at('2026-11-30T20:00:00Z'), 'UTC').toISOString()).toBe(
      '2026-11-01T00:00:00.000Z',
    );
  });
});
