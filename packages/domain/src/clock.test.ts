import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, fixedClock, programTimeZone, shiftedClock, todayIn } from './clock';

describe('todayIn', () => {
  it('is the date in the program time zone, not in UTC', () => {
    // 7:30 pm in Maine on December 2 is already December 3 in UTC.
    const evening = new Date('2026-12-03T00:30:00Z');
    expect(todayIn(evening, 'America/New_York')).toBe('2026-12-02');
    expect(todayIn(evening, 'UTC')).toBe('2026-12-03');
  });
  it('follows daylight saving time', () => {
    expect(todayIn(new Date('2026-07-01T03:30:00Z'), 'America/New_York')).toBe('2026-06-30');
    expect(todayIn(new Date('2026-07-01T04:30:00Z'), 'America/New_York')).toBe('2026-07-01');
  });
});

describe('programTimeZone', () => {
  it('takes the setting when it names a real zone, else the default', () => {
    expect(programTimeZone({ timeZone: 'America/Chicago' })).toBe('America/Chicago');
    expect(programTimeZone({ timeZone: 'Mars/Olympus' })).toBe(DEFAULT_TIME_ZONE);
    expect(programTimeZone({})).toBe(DEFAULT_TIME_ZONE);
    expect(programTimeZone(null)).toBe(DEFAULT_TIME_ZONE);
  });
});

describe('shiftedClock', () => {
  it('reads the chosen date and keeps time flowing', () => {
    let real = new Date('2026-12-02T14:00:00Z').getTime();
    const base = { now: () => new Date(real) };
    const clock = shiftedClock(base, '2027-06-30', 'America/New_York');
    expect(todayIn(clock.now(), 'America/New_York')).toBe('2027-06-30');
    const before = clock.now().getTime();
    real += 90_000;
    expect(clock.now().getTime() - before).toBe(90_000);
  });
  it('a fixed clock never moves', () => {
    const clock = fixedClock('2026-03-01');
    expect(clock.now().toISOString()).toBe('2026-03-01T15:00:00.000Z');
    expect(todayIn(clock.now())).toBe('2026-03-01');
  });
});
