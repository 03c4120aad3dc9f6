import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb } from './client';

/** Connection string for another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Creates a database, applies the migrations and leaves it closed, ready to be cloned. */
export async function createTemplateDatabase(url: string): Promise<string> {
  const name = uniqueDatabaseName('hearth_tpl');
  await admin(url, (c) => c.query(`CREATE DATABASE ${ident(name)}`));
  const handle = createDb({ databaseUrl: withDatabase(url, name) });
  await handle.migrate();
  await handle.close();
  return name;
}

export async function cloneDatabase(url: string, template: string): Promise<string> {
  const name = uniqueDatabaseName('hearth_t');
  await admin(url, (c) => c.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}`));
  return name;
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}
