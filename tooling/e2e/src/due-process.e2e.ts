import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '@hearth/server-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, DEMO_PASSWORD, expectAccessible, launch, screenshot } from './browser';
import { addDays, formatDate, today } from './dates';

/**
 * Lease-issue due process with the server's clock moved (issue 9, finding 1): the property manager
 * walks an issue to an agreed cure and is refused a written notice before the cure date; the server
 * is restarted on the same data with its today after the cure date, and the notice is allowed. The
 * tenant's page then shows the notice as the current stage, not the old cure date.
 *
 * This journey runs its own server (a fresh embedded database in a temp dir it owns), so moving the
 * clock changes nothing for the other journeys.
 */
const PHONE = { width: 375, height: 740 };
const JOURNEY_MS = 300_000;

let browser: Browser;
let dir: string;
let server: RunningServer | null = null;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'hearth-due-process-'));
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

/** (Re)starts the journey's server on its data directory with the given today. */
async function serverOn(day: string): Promise<RunningServer> {
  await server?.stop();
  server = await startServer({ nodeEnv: 'test', dataDir: join(dir, 'data'), env: { HEARTH_TODAY: day } });
  expect(server.today).toBe(day);
  return server;
}

async function as(
  s: RunningServer,
  role: keyof typeof ACCOUNTS,
  portal: 'tenant' | 'property',
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ baseURL: s.baseURL, viewport });
  const page = await context.newPage();
  await page.goto(`/${portal}/`);
  await page.getByLabel('Email').fill(ACCOUNTS[role]);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

async function recordStep(
  page: Page,
  step: string,
  day: string,
  fields: { note?: string; dueDate?: string } = {},
): Promise<void> {
  await page.getByLabel('Next step', { exact: true }).selectOption({ label: step });
  await page.getByLabel('Date of this step').fill(day);
  if (fields.dueDate) await page.getByLabel('Cure due date').fill(fields.dueDate);
  if (fields.note) await page.getByLabel(/^Note/).fill(fields.note);
  await page.getByRole('button', { name: 'Record step' }).click();
  await page.locator('ol.steps li').filter({ hasText: step }).last().waitFor();
}

async function offeredSteps(page: Page): Promise<string[]> {
  return page.getByLabel('Next step', { exact: true }).locator('option').allTextContents();
}

/** The server's own answer to a notice, asked directly (what the portal would send): status and field. */
async function askForNotice(page: Page, issueId: string, stepDate: string) {
  return page.evaluate(
    async ({ issueId, stepDate }) => {
      const res = await fetch('/trpc/property.leaseIssues.addStep', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ issueId, kind: 'violation_notice', stepDate, note: 'Notice.' }),
      });
      const body = (await res.json()) as {
        error?: { message: string; data?: { fieldErrors?: { field: string }[] | null } };
      };
      return {
        status: res.status,
        message: body.error?.message ?? null,
        fields: body.error?.data?.fieldErrors?.map((f) => f.field) ?? [],
      };
    },
    { issueId, stepDate },
  );
}

const NOTICE = 'Written lease-violation notice';

describe('lease-issue due process, with the clock moved', () => {
  it(
    'a notice is refused before the agreed cure date, and allowed after it',
    async () => {
      const start = today();
      const cureDue = addDays(start, 7);
      const afterCure = addDays(cureDue, 1);

      // Day one: logged, told, met, a cure agreed.
      let s = await serverOn(start);
      let pm = await as(s, 'property_manager', 'property');
      await pm.goto('/property/lease-issues/new');
      await pm
        .getByLabel('Tenant and unit')
        .selectOption({ label: 'Dana Whitfield — Elm Street Apartments, 1A' });
      await pm.getByLabel('Type of issue').selectOption({ label: 'Noise or nuisance' });
      await pm.getByLabel('When it happened').fill(start);
      await pm.getByLabel('What happened').fill('Loud music after 11 pm; a neighbour complained in writing.');
      await pm.getByRole('button', { name: 'Log the issue' }).click();
      await pm.getByRole('heading', { name: /Noise or nuisance: Dana Whitfield/ }).waitFor();
      const issuePath = new URL(pm.url()).pathname;
      const issueId = issuePath.split('/').at(-1)!;
      await recordStep(pm, 'Tenant notified', start, { note: 'Letter given in person.' });
      await recordStep(pm, 'Meeting offered', start, { note: 'Tuesday 10 am at the office.' });
      await recordStep(pm, 'Meeting held', start);
      // No notice before a cure is agreed: not offered, and the page says what must happen first.
      expect(await offeredSteps(pm)).not.toContain(NOTICE);
      await pm.getByRole('heading', { name: 'Not possible yet' }).waitFor();
      await pm.getByText(/agree a cure, with a due date, first/).waitFor();
      await recordStep(pm, 'Agreed cure, with a due date', start, {
        dueDate: cureDue,
        note: 'Music off or headphones after 10 pm.',
      });

      // Before the cure date: not offered, the page says from when, and the server refuses it.
      expect(await offeredSteps(pm)).not.toContain(NOTICE);
      const when = pm.getByText(`after ${formatDate(cureDue)}`);
      await when.waitFor();
      await when.scrollIntoViewIfNeeded();
      await expectAccessible(pm, 'property lease issue, notice not possible yet');
      await screenshot(pm, 'due-process-notice-not-yet');
      const refused = await askForNotice(pm, issueId, start);
      expect([refused.status, refused.fields]).toEqual([400, ['kind']]);
      expect(refused.message).toContain(`after ${formatDate(cureDue)}`);
      await pm.reload();
      await pm.locator('ol.steps li').filter({ hasText: 'Agreed cure' }).waitFor();
      await expect(pm.locator('ol.steps li').count()).resolves.toBe(5);
      await pm.context().close();

      // The day after the cure date, on the same data: the notice is offered and recorded.
      s = await serverOn(afterCure);
      pm = await as(s, 'property_manager', 'property');
      await pm.goto(issuePath);
      await pm.getByRole('heading', { name: /Noise or nuisance: Dana Whitfield/ }).waitFor();
      expect(await offeredSteps(pm)).toContain(NOTICE);
      await pm.getByLabel('Next step', { exact: true }).selectOption({ label: NOTICE });
      await pm.getByText(`After ${formatDate(cureDue)}.`).waitFor();
      await recordStep(pm, NOTICE, afterCure, { note: 'Music still loud after 10 pm on two nights.' });
      await pm.getByText('Why: The agreed cure was not met by its due date.').waitFor();
      // A referral waits for the notice period, and the page says until when.
      await pm.getByText(/notice period has passed: after/).waitFor();
      await expectAccessible(pm, 'property lease issue after notice');
      await screenshot(pm, 'due-process-notice-allowed');

      // The tenant sees the current stage only: the notice, not the old cure date as a to-do.
      const tenant = await as(s, 'tenant', 'tenant', PHONE);
      await tenant.goto(`/tenant/lease-issues/${issueId}`);
      await tenant.getByRole('heading', { name: 'Where it is now' }).waitFor();
      await tenant.getByText('You got a written lease-violation notice', { exact: true }).first().waitFor();
      await expect(tenant.getByText('What is expected of you').count()).resolves.toBe(0);
      await expectAccessible(tenant, 'tenant lease issue after notice (375 px)');
      await screenshot(tenant, 'due-process-tenant-after-notice-phone');
      await tenant.context().close();
      await pm.context().close();
    },
    JOURNEY_MS,
  );
});
