import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { parse as parseCookies } from 'cookie';
import express, { type Express, type Request } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import {
  appRouter,
  createInnerContext,
  DEFAULT_AUTH_SETTINGS,
  resolveSession,
  SESSION_COOKIE,
  type AuthSettings,
} from '@hearth/api';
import { pingDatabase, type Database } from '@hearth/db';
import { DEFAULT_TIME_ZONE, todayIn, type Clock } from '@hearth/domain';
import { systemClock } from './clock';
import { FAVICON_SVG } from './favicon';
import { LANDING_STYLE_HASH, landingPage } from './landing';
import { loggableError } from './logger';
import { mountPortals } from './portals';

export interface ServerOptions {
  db: Database;
  logger: Logger;
  settings?: Partial<AuthSettings>;
  /**
   * The origins allowed to send mutations (index.ts: PUBLIC_ORIGINS and this server's loopback
   * addresses). The Host header never adds one: a request names its own host.
   */
  allowedOrigins: readonly string[];
  /** The one clock; the system's unless a test gives its own. */
  clock?: Clock;
}

/** The most procedure calls one HTTP request may carry (the portals' client batches as many). */
export const MAX_BATCH_SIZE = 10;

/** How many procedure calls a /trpc request carries: `a,b,c?batch=1` is three. */
function callsIn(req: Request): number {
  if (req.query.batch !== '1') return 1;
  return req.path.replace(/^\//, '').split(',').length;
}

/** No browser feature a case file needs: camera, microphone, location, payment, USB, … */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/** Builds the whole HTTP app; index.ts only reads the environment and listens. */
export function createServer(options: ServerOptions): Express {
  const settings = { ...DEFAULT_AUTH_SETTINGS, ...options.settings };
  const clock = options.clock ?? systemClock;
  const now = () => clock.now();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Styles come from the portals' own CSS files; the landing page's one <style> by its hash.
          'style-src': ["'self'", LANDING_STYLE_HASH],
        },
      },
    }),
  );
  app.use((_req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    next();
  });
  app.use(
    pinoHttp({
      logger: options.logger,
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: loggableError,
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );

  app.get('/', (_req, res) => {
    res.type('html').send(landingPage());
  });

  // One icon for every page; browsers that ask for /favicon.ico get the same one.
  app.get(['/favicon.svg', '/favicon.ico'], (_req, res) => {
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400').send(FAVICON_SVG);
  });

  /** Liveness: a bare JSON route, also the benchmark's baseline. */
  app.get('/healthz/live', (_req, res) => {
    res.json({ status: 'ok' });
  });

  /** Readiness: the database answers. */
  app.get('/healthz', async (_req, res) => {
    try {
      await pingDatabase(options.db);
      // The server's today (default zone): test harnesses build their dates from it, not the wall clock.
      res.json({ status: 'ok', database: 'ok', today: todayIn(clock.now(), DEFAULT_TIME_ZONE) });
    } catch {
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });

  // A person's file must not stay in a shared computer's browser cache.
  app.use('/trpc', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      maxBodySize: 256 * 1024,
      maxBatchSize: MAX_BATCH_SIZE,
      async createContext({ req, res }) {
        const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
        const session = await resolveSession(options.db, { token, now: now(), settings });
        const secure = req.secure;
        return createInnerContext({
          db: options.db,
          now,
          settings,
          user: session?.user ?? null,
          sessionTokenHash: session?.tokenHash ?? null,
          ip: req.ip ?? null,
          origin: req.get('origin') ?? null,
          secFetchSite: req.get('sec-fetch-site') ?? null,
          allowedOrigins: options.allowedOrigins,
          callsInRequest: callsIn(req),
          cookies: {
            set(value, expiresAt) {
              res.cookie(SESSION_COOKIE, value, {
                httpOnly: true,
                sameSite: 'lax',
                secure,
                path: '/',
                expires: expiresAt,
              });
            },
            clear() {
              res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
            },
          },
        });
      },
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          // Never the query or its parameters: they can hold case notes.
          options.logger.error({ path, error: loggableError(error.cause ?? error) }, 'procedure failed');
        }
      },
    }),
  );

  mountPortals(app);

  app.use((_req, res) => {
    res.status(404).type('text').send('Not found');
  });
  return app;
}
