import { createHash } from 'node:crypto';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@hearth/api';
import { DEMO_PASSWORD, seedDemo, type DbHandle } from '@hearth/db';
import { createTestDb, testToday } from '@hearth/db/testing';
import { fixedClock } from '@hearth/domain';
import { createServer } from './app';

const TODAY = testToday();
/** The origin the test server is configured with (as PUBLIC_ORIGINS would give it). */
const ORIGIN = 'https://hearth.example.org';
let handle: DbHandle;
let app: ReturnType<typeof createServer>;

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db, { hashPassword, today: TODAY });
  app = createServer({
    db: handle.db,
    logger: pino({ level: 'silent' }),
    clock: fixedClock(`${TODAY}T15:00:00Z`),
    allowedOrigins: [ORIGIN],
  });
});
afterAll(() => handle.close());

async function signIn(email: string): Promise<string> {
  const res = await request(app)
    .post('/trpc/auth.login')
    .set('Origin', ORIGIN)
    .send({ email, password: DEMO_PASSWORD });
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
    const res = await request(app)
      .post('/trpc/auth.login')
      .set('Origin', ORIGIN)
      .send({ email: 'x', password: 'y' });
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

  it('refuses a mutation with no Origin unless the browser says same-origin, and never trusts Host', async () => {
    const login = { email: 'admin@example.org', password: DEMO_PASSWORD };
    const bare = await request(app).post('/trpc/auth.login').send(login);
    expect(bare.status).toBe(403);
    expect(bare.headers['set-cookie']).toBeUndefined();
    const crossSite = await request(app)
      .post('/trpc/auth.login')
      .set('Sec-Fetch-Site', 'cross-site')
      .send(login);
    expect(crossSite.status).toBe(403);
    const sameOrigin = await request(app)
      .post('/trpc/auth.login')
      .set('Sec-Fetch-Site', 'same-origin')
      .send(login);
    expect(sameOrigin.status).toBe(200);
    // The Host header names the request's own host: it never makes an origin allowed.
    const cookie = await signIn('supervisor@example.org');
    const spoofed = await request(app)
      .post('/trpc/auth.logout')
      .set('Host', 'evil.example')
      .set('Origin', 'http://evil.example')
      .set('Cookie', cookie)
      .set('Content-Type', 'application/json');
    expect(spoofed.status).toBe(403);
    expect((await request(app).get('/trpc/staff.people.list').set('Cookie', cookie)).status).toBe(200);
  });

  it('limits a batch to ten calls, and a sign-in never shares its request', async () => {
    const cookie = await signIn('supervisor@example.org');
    const batch = (n: number) =>
      request(app)
        .get(`/trpc/${Array.from({ length: n }, () => 'auth.me').join(',')}`)
        .query({ batch: '1', input: '{}' })
        .set('Cookie', cookie);
    expect((await batch(10)).status).toBe(200);
    expect((await batch(11)).status).toBe(400);
    const login = { email: 'admin@example.org', password: DEMO_PASSWORD };
    const twoLogins = await request(app)
      .post('/trpc/auth.login,auth.login?batch=1')
      .set('Origin', ORIGIN)
      .send({ 0: login, 1: { ...login, password: 'a guess' } });
    expect(twoLogins.status).toBe(403);
    expect(twoLogins.headers['set-cookie']).toBeUndefined();
    const alone = await request(app)
      .post('/trpc/auth.login?batch=1')
      .set('Origin', ORIGIN)
      .send({ 0: login });
    expect(alone.status).toBe(200);
  });

  it('keeps answers out of the browser cache, turns off browser features and allows no inline style', async () => {
    const cookie = await signIn('casemanager@example.org');
    const list = await request(app).get('/trpc/staff.people.list').set('Cookie', cookie);
    expect(list.headers['cache-control']).toBe('no-store');
    expect((await request(app).get('/trpc/auth.me')).headers['cache-control']).toBe('no-store');
    const home = await request(app).get('/');
    expect(home.headers['permissions-policy']).toContain('camera=()');
    expect(home.headers['permissions-policy']).toContain('geolocation=()');
    const styleSrc = (home.headers['content-security-policy'] as string)
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('style-src '))!;
    expect(styleSrc).not.toMatch(/unsafe-inline|https:/);
    // The landing page's one <style> is allowed by its hash, and by nothing else.
    const style = /<style>([\s\S]*?)<\/style>/.exec(home.text)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(styleSrc).toBe(`style-src 'self' 'sha256-${hash}'`);
  });

  it('signs out: the cookie stops working', async () => {
    const cookie = await signIn('supervisor@example.org');
    expect((await request(app).get('/trpc/staff.people.list').set('Cookie', cookie)).status).toBe(200);
    await request(app)
      .post('/trpc/auth.logout')
      .set('Origin', ORIGIN)
      .set('Cookie', cookie)
      .set('Content-Type', 'application/json')
      .expect(200);
    expect((await request(app).get('/trpc/staff.people.list').set('Cookie', cookie)).status).toBe(401);
  });
});
