import { createHash } from 'node:crypto';

import { FAVICON_LINK } from './favicon';

/** The landing page's only style, allowed by the CSP through its hash (no 'unsafe-inline'). */
const STYLE = `
  body { font: 18px/1.5 system-ui, sans-serif; margin: 0; color: #1d2430; background: #f7f5f0; }
  main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem; }
  h1 { font-size: 2rem; margin: 0 0 .5rem; }
  ul { list-style: none; padding: 0; display: grid; gap: 1rem; }
  a { display: block; padding: 1rem 1.25rem; border-radius: .5rem; background: #fff; border: 1px solid #c9c3b6;
      color: #12355b; text-decoration: none; }
  a:hover, a:focus { border-color: #12355b; outline: 3px solid #f2b705; outline-offset: 2px; }
  strong { display: block; font-size: 1.2rem; }
`;

/** The CSP source of the landing page's <style>: `'sha256-…'` of its exact text. */
export const LANDING_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hearth — Permanent Supportive Housing</title>
${FAVICON_LINK}
<style>${STYLE}</style>
</head>
<body>
<main>
  <h1>Hearth</h1>
  <p>Permanent supportive housing, run on Housing First. Choose your portal.</p>
  <ul>
    <li><a href="/tenant/"><strong>Tenants</strong>Your home, your goals, your rights, repairs and grievances.</a></li>
    <li><a href="/staff/"><strong>Program staff</strong>Case managers, supervisors and program admins.</a></li>
    <li><a href="/property/"><strong>Property management</strong>Units, leases and repairs.</a></li>
  </ul>
</main>
</body>
</html>`;

export function landingPage(): string {
  return PAGE;
}
