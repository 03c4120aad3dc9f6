import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { isIsoDate } from '@hearth/domain';
import { createDb, type DbHandle } from './client';
import { cloneDatabase, dropDatabase, withDatabase } from './pg-admin';
import './vitest-provided';

/**
 * A fresh, migrated, isolated database for one test file: PGlite by default, a clone of the
 * migrated template on the PostgreSQL server when DATABASE_URL is set.
 */
export async function createTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  const template = inject('pgTemplateDb');
  if (url && template) {
    const name = await cloneDatabase(url, template);
    const handle = createDb({ databaseUrl: withDatabase(url, name) });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await dropDatabase(url, name);
      },
    };
  }
  const tar = readFileSync(inject('pgliteTemplate'));
  return createDb({ loadDataDir: new Blob([tar]) });
}

/**
 * The date the tests live on. CI runs the suite at several dates a year apart by setting
 * `HEARTH_TODAY`; without it, a fixed day. Tests and their seeds build dates relative to this.
 */
export function testToday(): string {
  const given = process.env.HEARTH_TODAY;
  if (given === undefined || given === '') return '2026-11-23';
  if (!isIsoDate(given)) throw new Error(`HEARTH_TODAY must be a date like 2027-06-30, not "${given}"`);
  return given;
}
