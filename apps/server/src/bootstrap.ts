import { resolve } from 'node:path';
import { hashPassword } from '@hearth/api';
import { createDb, seedDemo, type DbHandle } from '@hearth/db';
import { DEFAULT_TIME_ZONE, todayIn, type Clock } from '@hearth/domain';
import type { Env } from './env';

export function openDatabase(env: Env): DbHandle {
  return createDb({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATABASE_URL ? undefined : resolve(env.HEARTH_DATA_DIR),
  });
}

/** The demo program lives in the default time zone; its data is built relative to the clock. */
export async function seed(handle: DbHandle, clock: Clock) {
  return seedDemo(handle.db, { hashPassword, today: todayIn(clock.now(), DEFAULT_TIME_ZONE) });
}
