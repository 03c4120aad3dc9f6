import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@hearth/api';
import { DEMO_PASSWORD, seedDemo, type DbHandle } from '@hearth/db';
import { createTestDb, testToday } from '@hearth/db/testing';
import { fixedClock } from '@hearth/domain';
import { createServer } from './app';

const TODAY = testToday();
let handle: DbHandle;
let app: ReturnType<typeof createServer>;

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db, { hashPassword, today: TODAY });
  app = createServer({
    db: handle.db,
    logger: pino({ level: 'silent' }),
    clock: fixedClock(`${TODAY}T15:00:00Z`),
  });
});
afterAll(() => handle.close());

async function signIn(email: string): Promise<string> {
  const res = await request(app).post('/trpc/auth.login').send({ email, password: DEMO_PASSWORD });
  expect(res.status).toBe(200);
  const cookie = res.headers['set-cookie']?.[0] ?? '';
  expect(cookie).toMatch(/^hearth_session=[\w-]+;.*HttpOnly/);
  expect(cookie).toMatch(/SameSite=Lax/);
  return cookie.split(';')[0]!;
}

describe('server', () => {
  it('serves the landing page with security headers, and health checks', async () => {
    const home = await request(app).get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('href="/staff/"');
    expect(home.headers['content-security-policy']).toContain("default-src 'self'");
    expect(home.headers['x-powered-by']).toBeUndefined();
    expect(home.text).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg">');
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      const icon = await request(app).get(path);
      expect([icon.status, icon.headers['content-type']], path).toEqual([
        200,
        'image/svg+xml; charset=utf-8',
      ]);
      expect(String(icon.body instanceof Buffer ? icon.body : icon.text)).toContain('<svg');
    }
    expect((await request(app).get('/healthz')).body).toEqual({ status: 'ok', database: 'ok', today: TODAY });
    expect((await request(app).get('/healthz/live')).body).toEqual({ status: 'ok' });
    const bare = await request(app).get('/tenant');
    expect([bare.status, bare.headers.location]).toEqual([301, '/tenant/']);
    expect((await request(app).get('/tenant/')).status).not.toBe(301);
    expect((await request(app).get('/tenant/assets/missing.js')).status).toBe(404);
  });

  it('answers 401 signed out, 403 to the wrong role, 200 to the right one', async () => {
    const paths = ['/trpc/staff.people.list', '/trpc/tenant.profile.get', '/trpc/property.units.list'];
    for (const path of paths) expect((await request(app).get(path)).status).toBe(401);

    const who = {
      staff: await signIn('casemanager@example.org'),
      tenant: await signIn('tenant@example.org'),
      property: await signIn('property@example.org'),
    };
    const expected: Record<string, [string, number][]> = {
      '/trpc/staff.people.list': [
        [who.staff, 200],
        [who.tenant, 403],
        [who.property, 403],
      ],
      '/trpc/tenant.profile.get': [
        [who.staff, 403],
        [who.tenant, 200],
        [who.property, 403],
      ],
      '/trpc/property.units.list': [
        [who.staff, 403],
        [who.tenant, 403],
        [who.property, 200],
      ],
    };
    for (const [path, cases] of Object.entries(expected)) {
      for (const [cookie, status] of cases) {
        expect((await request(app).get(path).set('Cookie', cookie)).status, path).toBe(status);
      }
    }
    const list = await request(app).get('/trpc/staff.people.list').set('Cookie', who.staff);
    expect((list.body as { result: { data: unknown[] } }).result.data).toHaveLength(20);
  });

  it('answers a malformed login with 400 naming the field', async () => {
    const res = await request(app).post('/trpc/auth.login').send({ email: 'x', password: 'y' });
    expect(res.status).toBe(400);
    const { error } = res.body as {
      error: { message: string; data: { fieldErrors: unknown; stack?: string } };
    };
    expect(error.message).toBe('Enter a valid email address');
    expect(error.data.fieldErrors).toEqual([{ field: 'email', message: 'Enter a valid email address' }]);
    expect(error.data.stack).toBeUndefined();
  });

  it('refuses a mutation from a foreign Origin', async () => {
    const res = await request(app)
      .post('/trpc/auth.login')
      .set('Origin', 'https://elsewhere.example')
      .send({ email: 'admin@example.org', password: DEMO_PASSWORD });
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('signs out: the cookie stops working', async () => {
    const cookie = await signIn('supervisor@example.org');
    expect((await request(app).get('/trpc/staff.people.list').set('Cookie', cookie)).status).toBe(200);
    await request(app)
      .post('/trpc/auth.logout')
      .set('Cookie', cookie)
      .set('Content-Type', 'application/json')
      .expect(200);
    expect((await request(app).get('/trpc/staff.people.list').set('Cookie', cookie)).status).toBe(401);
  });
});
