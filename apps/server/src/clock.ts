import { DEFAULT_TIME_ZONE, shiftedClock, type Clock } from '@hearth/domain';
import type { Env } from './env';

/** The wall clock. This is the only place in Hearth that reads it; everything else asks a Clock. */
export const systemClock: Clock = { now: () => new Date() };

/** The server's one clock: the system's, or in tests one whose calendar reads HEARTH_TODAY. */
export function clockOf(env: Env): Clock {
  return env.HEARTH_TODAY ? shiftedClock(systemClock, env.HEARTH_TODAY, DEFAULT_TIME_ZONE) : systemClock;
}
