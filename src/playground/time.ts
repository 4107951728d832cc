// The playground's clock rules. Reminders go out on weekdays 09:00–18:00 in the user's own time
// zone (docs/reference.md §7), so every move of the playground clock lands inside those hours, using the same
// working-hours functions as the reminder sweep.
import { isWorkingTime, nextWorkingTime, zonedParts, zonedTime } from '../tracking/hours.js';

export { isWorkingTime, nextWorkingTime };

/** Where the playground starts on a weekday: 10:00 local. */
export const STARTING_HOUR = 10;

/** `days` calendar days later at the same wall-clock time, then into working hours. */
export function advanceDays(date: Date, days: number, timeZone: string): Date {
  const p = zonedParts(date, timeZone);
  const moved = zonedTime(timeZone, p.year, p.month, p.day + days, p.hour, p.minute);
  const withSeconds = new Date(moved.getTime() + (date.getTime() % 60_000));
  return nextWorkingTime(withSeconds, timeZone);
}

/** A `YYYY-MM-DD` date at 10:00 local (the next working morning when it is a weekend day). */
export function workingTimeOn(isoDate: string, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return nextWorkingTime(zonedTime(timeZone, year, month, day, STARTING_HOUR), timeZone);
}

/** The morning the playground starts at: today 10:00 local on a weekday, else the next one. */
export function startingTime(now: Date, timeZone: string): Date {
  const p = zonedParts(now, timeZone);
  const weekday = p.weekday >= 1 && p.weekday <= 5;
  if (weekday) return zonedTime(timeZone, p.year, p.month, p.day, STARTING_HOUR);
  const monday = nextWorkingTime(now, timeZone);
  const m = zonedParts(monday, timeZone);
  return zonedTime(timeZone, m.year, m.month, m.day, STARTING_HOUR);
}

function format(date: Date, timeZone: string, withYear: boolean): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(date)
    .replace(/ at /, ', ');
}

/** e.g. `Mon, 30 Nov 2026, 10:00` */
export function formatClock(date: Date, timeZone: string): string {
  return format(date, timeZone, true);
}

/** e.g. `Mon, 30 Nov, 10:00`, for message times. */
export function formatMessageTime(date: Date, timeZone: string): string {
  return format(date, timeZone, false);
}

/** `YYYY-MM-DD` of `date` in `timeZone` (for the date picker). */
export function isoDateIn(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Seconds east of UTC at `date`, as Slack's `tz_offset`. */
export function tzOffsetSeconds(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 1000);
}
