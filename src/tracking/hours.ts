// Working hours in the user's own time zone: weekdays, 09:00 to 18:00 local, DST-correct.
// Pure functions over Intl.DateTimeFormat; an unknown zone falls back to UTC.

export const WORK_START_HOUR = 9;
export const WORK_END_HOUR = 18;

export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
  };
}

/** The zone's offset from UTC at `date`, in milliseconds (Tokyo: +9 h). */
function offsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant when the wall clock in `timeZone` reads the given local time. */
export function zonedTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  let result = guess - offsetMs(new Date(guess), timeZone);
  // Re-check at the result: the offset may differ across a DST change between guess and result.
  result = guess - offsetMs(new Date(result), timeZone);
  return new Date(result);
}

export function isWorkingTime(date: Date, timeZone: string): boolean {
  const p = zonedParts(date, timeZone);
  return p.weekday >= 1 && p.weekday <= 5 && p.hour >= WORK_START_HOUR && p.hour < WORK_END_HOUR;
}

/** `date` itself when it is working time, otherwise the next weekday 09:00 local. */
export function nextWorkingTime(date: Date, timeZone: string): Date {
  if (isWorkingTime(date, timeZone)) return date;
  const p = zonedParts(date, timeZone);
  // Start from today's date if it is still before 09:00, else tomorrow; skip the weekend.
  let dayOffset = p.hour < WORK_START_HOUR ? 0 : 1;
  for (;;) {
    const noonUtc = new Date(Date.UTC(p.year, p.month - 1, p.day + dayOffset, 12));
    const weekday = noonUtc.getUTCDay();
    if (weekday >= 1 && weekday <= 5) {
      return zonedTime(
        timeZone,
        noonUtc.getUTCFullYear(),
        noonUtc.getUTCMonth() + 1,
        noonUtc.getUTCDate(),
        WORK_START_HOUR,
      );
    }
    dayOffset += 1;
  }
}

/** The first instant of the calendar month containing `date`, in `timeZone`. */
export function monthStart(date: Date, timeZone: string): Date {
  const p = zonedParts(date, timeZone);
  return zonedTime(timeZone, p.year, p.month, 1);
}

export function nextMonthStart(date: Date, timeZone: string): Date {
  const p = zonedParts(date, timeZone);
  return p.month === 12
    ? zonedTime(timeZone, p.year + 1, 1, 1)
    : zonedTime(timeZone, p.year, p.month + 1, 1);
}
