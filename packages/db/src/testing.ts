import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
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
