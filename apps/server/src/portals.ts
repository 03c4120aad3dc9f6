import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';

export const PORTALS = ['staff', 'tenant', 'property'] as const;
export type PortalName = (typeof PORTALS)[number];

const appsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function portalDist(name: PortalName): string {
  return join(appsDir, name, 'dist');
}

/** Serves each built portal under /<name>/, with the SPA fallback for client-side routes. */
export function mountPortals(app: Express): void {
  for (const name of PORTALS) {
    const dist = portalDist(name);
    app.get(`/${name}`, (req, res, next) => {
      // Express matches `/name/` here too (non-strict routing); redirect only the bare path.
      if (req.originalUrl.split('?')[0] === `/${name}`) res.redirect(301, `/${name}/`);
      else next();
    });
    app.use(`/${name}`, express.static(dist, { index: false, maxAge: '1h' }));
    // A missing asset is a 404, not the app's page: a stale tab must not run HTML as a script.
    app.get(`/${name}/assets/{*splat}`, (_req, res) => {
      res.status(404).type('text').send('Not found');
    });
    app.get(`/${name}/{*splat}`, (_req, res) => {
      const index = join(dist, 'index.html');
      if (!existsSync(index)) {
        res.status(503).type('text').send(`The ${name} portal is not built yet. Run: pnpm build`);
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }
}
