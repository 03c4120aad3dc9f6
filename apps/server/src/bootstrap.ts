import { resolve } from 'node:path';
import { hashPassword } from '@hearth/api';
import { createDb, seedDemo, type DbHandle } from '@hearth/db';
import type { Env } from './env';

export function openDatabase(env: Env): DbHandle {
  return createDb({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATABASE_URL ? undefined : resolve(env.HEARTH_DATA_DIR),
  });
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function seed(handle: DbHandle) {
  return seedDemo(handle.db, { hashPassword, today: today() });
}
