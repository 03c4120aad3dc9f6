import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser';
import { daysAhead, today } from './dates';

/**
 * The tenancy journey of issue 5, in a real browser: a lease issue as a due process seen from
 * property, tenant and case manager; a repair; a services grievance with an appeal. axe runs on
 * every page visited, and the tenant's pages also at a 375 px phone width.
 */
const PHONE = { width: 375, height: 740 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function as(
  role: Parameters<typeof signIn>[2],
  portal: Parameters<typeof signIn>[1],
  viewport?: { width: number; height: number },
): Promise<Page> {
  const { page } = await newPage(browser, viewport);
  await signIn(page, portal, role);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

/** Tenant journeys run at the phone width; each tenant page is checked at desktop width too (last test). */
async function expectTenantAccessible(page: Page, label: string): Promise<void> {
  await expectAccessible(page, `${label} (375 px)`);
}

/** Browser journeys with several people and axe on every page take longer than one request. */
const JOURNEY_MS = 240_000;

async function recordStep(
  page: Page,
  step: string,
  fields: { note?: string; dueDate?: string } = {},
): Promise<void> {
  await page.getByLabel('Next step', { exact: true }).selectOption({ label: step });
  await page.getByLabel('Date of this step').fill(today());
  if (fields.dueDate) await page.getByLabel('Cure due date').fill(fields.dueDate);
  if (fields.note) await page.getByLabel(/^Note/).fill(fields.note);
  await page.getByRole('button', { name: 'Record step' }).click();
  await page.locator('ol.steps li').filter({ hasText: step }).last().waitFor();
}

describe('tenancy', () => {
  it(
    'a noise issue: property logs it, the tenant sees it with their rights and answers, the case manager is alerted, property resolves it',
    async () => {
      const pm = await as('property_manager', 'property');
      await pm.getByRole('link', { name: 'Lease issues' }).first().click();
      await pm.getByRole('heading', { name: 'Lease issues' }).waitFor();
      await expectAccessible(pm, 'property lease issues');
      await pm.getByRole('link', { name: 'Log a lease issue' }).click();
      await pm.getByRole('heading', { name: 'Log a lease issue' }).waitFor();
      await expectAccessible(pm, 'property new lease issue');
      // Bad input first: the error names the field, and nothing is saved.
      await pm.getByRole('button', { name: 'Log the issue' }).click();
      await pm.getByRole('alert').filter({ hasText: 'Choose the type of issue' }).waitFor();
      await expectAccessible(pm, 'property new lease issue with errors');
      await pm
        .getByLabel('Tenant and unit')
        .selectOption({ label: 'Dana Whitfield — Elm Street Apartments, 1A' });
      await pm.getByLabel('Type of issue').selectOption({ label: 'Noise or nuisance' });
      await pm.getByLabel('When it happened').fill(today());
      await pm.getByLabel('What happened').fill('Loud music after 11 pm; a neighbour complained in writing.');
      await pm.getByRole('button', { name: 'Log the issue' }).click();
      await pm.getByRole('heading', { name: /Noise or nuisance: Dana Whitfield/ }).waitFor();
      const issueUrl = pm.url();
      await recordStep(pm, 'Tenant notified', { note: 'Letter given in person.' });
      await expectAccessible(pm, 'property lease issue');
      await screenshot(pm, 'property-lease-issue');

      const tenant = await as('tenant', 'tenant', PHONE);
      await tenant.goto('/tenant/lease-issues');
      await tenant.getByRole('link', { name: 'Noise or nuisance' }).click();
      await tenant.getByRole('heading', { name: 'Your rights' }).waitFor();
      await expect(tenant.getByText('You were told about it').isVisible()).resolves.toBe(true);
      await expectTenantAccessible(tenant, 'tenant lease issue');
      await tenant
        .getByLabel('Write your answer')
        .fill('I am sorry. It was my birthday. I will keep it down.');
      await tenant.getByRole('button', { name: 'Send my answer' }).click();
      await tenant.getByText('Your answer was saved.').waitFor();
      await expectTenantAccessible(tenant, 'tenant lease issue answered');
      await screenshot(tenant, 'tenant-lease-issue-phone');
      await tenant.goto('/tenant/lease-issues');
      await tenant.getByRole('link', { name: 'Noise or nuisance' }).waitFor();
      await expectTenantAccessible(tenant, 'tenant lease issues');

      const cm = await as('case_manager', 'staff');
      await cm.getByRole('link', { name: 'Tenancy alerts' }).click();
      await cm.getByRole('heading', { name: /Whitfield.*Noise or nuisance/ }).waitFor();
      await expect(cm.getByText('Loud music').count()).resolves.toBe(0);
      await expectAccessible(cm, 'staff tenancy alerts');
      await screenshot(cm, 'staff-tenancy-alerts');

      await pm.goto(issueUrl);
      await pm.getByText('I am sorry. It was my birthday.').waitFor();
      await recordStep(pm, 'Meeting offered', { note: 'Tuesday 10 am at the office; case manager invited.' });
      await recordStep(pm, 'Meeting held');
      await recordStep(pm, 'Agreed cure, with a due date', {
        dueDate: daysAhead(14),
        note: 'Music off or headphones after 10 pm.',
      });
      await expectAccessible(pm, 'property lease issue with cure');
      await recordStep(pm, 'Resolved', { note: 'No complaints since the meeting.' });
      await pm.getByText('Resolved', { exact: true }).first().waitFor();
      await expect(pm.getByRole('heading', { name: 'Record the next step' }).count()).resolves.toBe(0);
      await expectAccessible(pm, 'property lease issue resolved');

      await tenant.goto(new URL(tenant.url()).pathname.replace(/\/lease-issues.*/, '/lease-issues'));
      await tenant.getByText('Closed').first().waitFor();
      await cm.reload();
      await cm.getByRole('heading', { name: 'Closed' }).waitFor();
      await expectAccessible(cm, 'staff tenancy alerts after resolution');
      for (const p of [pm, tenant, cm]) await p.context().close();
    },
    JOURNEY_MS,
  );

  it(
    'the tenant reads their rights and acknowledges a page',
    async () => {
      const tenant = await as('tenant', 'tenant', PHONE);
      await tenant.goto('/tenant/rights');
      await tenant.getByRole('heading', { name: 'My rights and responsibilities' }).waitFor();
      await expectTenantAccessible(tenant, 'tenant rights');
      await tenant.getByRole('link', { name: 'Your right to privacy' }).click();
      await tenant.getByRole('heading', { name: 'Your right to privacy' }).waitFor();
      await expectTenantAccessible(tenant, 'tenant rights: privacy');
      await tenant.getByRole('button', { name: 'I have read this' }).click();
      await tenant.getByText(/You said you read this page on/).waitFor();
      await expectTenantAccessible(tenant, 'tenant rights: privacy acknowledged');
      await screenshot(tenant, 'tenant-rights-phone');
      await tenant.context().close();
    },
    JOURNEY_MS,
  );

  it(
    'a repair: the tenant asks, property schedules and completes it (entry logged), the tenant confirms',
    async () => {
      const tenant = await as('tenant', 'tenant', PHONE);
      await tenant.goto('/tenant/repairs');
      await tenant.getByRole('heading', { name: 'Ask for a repair' }).waitFor();
      await expectTenantAccessible(tenant, 'tenant repairs');
      await tenant.getByRole('button', { name: 'Send repair request' }).click();
      await tenant.getByRole('alert').filter({ hasText: 'Tell us what needs fixing' }).waitFor();
      await expectTenantAccessible(tenant, 'tenant repairs with errors');
      await tenant.getByLabel('What needs fixing?').fill('The kitchen tap drips all night.');
      await tenant.getByLabel('Where is it?').fill('Kitchen sink');
      await tenant.getByLabel(/^Soon/).check();
      await tenant.getByLabel('No, only when I am home').check();
      await tenant.getByRole('button', { name: 'Send repair request' }).click();
      await tenant.getByText('Your repair request was sent.').waitFor();
      await tenant.getByRole('heading', { name: 'Kitchen sink: Asked for' }).waitFor();

      const pm = await as('property_manager', 'property');
      await pm.getByRole('link', { name: 'Repairs' }).click();
      const card = pm.getByRole('article', { name: /Dana Whitfield.*Kitchen sink/ });
      await card.waitFor();
      await expectAccessible(pm, 'property repairs');
      await card.getByLabel('Visit date').fill(today());
      await card.getByLabel('Notice given to the tenant').fill('Phoned Dana this morning; she will be home.');
      await card.getByRole('button', { name: 'Schedule visit' }).click();
      await card.getByText(`Scheduled`, { exact: true }).waitFor();
      await card.getByLabel('Date done').fill(today());
      await card.getByLabel('Entry into the unit was').selectOption({ label: 'The tenant gave permission' });
      await card.getByLabel('What was done').fill('New washer fitted.');
      await card.getByRole('button', { name: 'Mark done' }).click();
      await pm.getByRole('cell', { name: 'The tenant gave permission' }).waitFor();
      await expectAccessible(pm, 'property repairs done, entry logged');
      await screenshot(pm, 'property-repairs');

      await tenant.reload();
      await tenant.getByRole('button', { name: 'Yes, it is fixed' }).click();
      await tenant.getByRole('heading', { name: 'Kitchen sink: Fixed' }).waitFor();
      await expectTenantAccessible(tenant, 'tenant repair confirmed');
      for (const p of [pm, tenant]) await p.context().close();
    },
    JOURNEY_MS,
  );

  it(
    'a services grievance: the tenant files it, the supervisor answers, the tenant appeals, the admin decides',
    async () => {
      const tenant = await as('tenant', 'tenant', PHONE);
      await tenant.goto('/tenant/grievances');
      await tenant.getByRole('heading', { name: 'Make a complaint' }).waitFor();
      await expectTenantAccessible(tenant, 'tenant grievances');
      await tenant.getByLabel(/^Services/).check();
      await tenant.getByRole('button', { name: 'Send my complaint' }).click();
      await tenant.getByRole('alert').filter({ hasText: 'Tell us what is wrong' }).waitFor();
      await expectTenantAccessible(tenant, 'tenant grievances with error');
      await tenant.getByLabel('What is wrong?').fill('My visits were cancelled twice without telling me.');
      await tenant.getByRole('button', { name: 'Send my complaint' }).click();
      await tenant.getByText(/Sent\. You will get an answer by/).waitFor();

      const pm = await as('property_manager', 'property');
      await pm.getByRole('link', { name: 'Grievances' }).click();
      await pm.getByRole('heading', { name: 'Housing grievances', exact: true }).waitFor();
      await expect(pm.getByText('My visits were cancelled').count()).resolves.toBe(0);
      await expectAccessible(pm, 'property housing grievances');
      await pm.context().close();

      const sup = await as('supervisor', 'staff');
      await sup.getByRole('link', { name: 'Grievances' }).click();
      await sup.getByText('My visits were cancelled twice').waitFor();
      await expectAccessible(sup, 'staff grievances queue');
      await sup
        .getByLabel('Response to the tenant')
        .fill('We are sorry. Visits are now confirmed by text the day before.');
      await sup.getByRole('button', { name: 'Send response' }).click();
      await sup.getByText(/Response \(.*\): We are sorry/).waitFor();
      await expectAccessible(sup, 'staff grievances answered');
      await sup.context().close();

      await tenant.reload();
      await tenant.getByText('We are sorry. Visits are now confirmed').waitFor();
      await tenant.getByRole('button', { name: 'Appeal this answer' }).click();
      await tenant.getByLabel('Why do you want to appeal?').fill('I would like a different case manager.');
      await tenant.getByRole('button', { name: 'Send my appeal' }).click();
      await tenant.getByText('Appealed: the program admin will decide').waitFor();
      await expectTenantAccessible(tenant, 'tenant grievance appealed');

      const admin = await as('program_admin', 'staff');
      await admin.getByRole('link', { name: 'Appeals' }).click();
      await admin.getByText('I would like a different case manager.').waitFor();
      await expectAccessible(admin, 'staff appeals');
      await admin.getByLabel('Outcome').selectOption({ label: 'The first answer is changed' });
      await admin.getByLabel('Decision').fill('A new case manager will be offered this week.');
      await admin.getByRole('button', { name: 'Record decision' }).click();
      await admin.getByText(/Decision \(.*\): The first answer is changed/).waitFor();
      await expectAccessible(admin, 'staff appeal decided');
      await admin.context().close();

      await tenant.reload();
      await tenant.getByText('A new case manager will be offered this week.').waitFor();
      await expect(tenant.getByRole('button', { name: 'Appeal this answer' }).count()).resolves.toBe(0);
      await expectTenantAccessible(tenant, 'tenant grievance decided');
      await screenshot(tenant, 'tenant-grievance-phone');
      await tenant.context().close();
    },
    JOURNEY_MS,
  );

  it(
    'the property manager reads leases and a rent ledger: rent due apart from arrears, and the lease from the move-in',
    async () => {
      const pm = await as('property_manager', 'property');
      await pm.getByRole('link', { name: 'Leases' }).click();
      await pm.getByRole('columnheader', { name: 'Rent due' }).waitFor();
      await pm.getByRole('columnheader', { name: 'Arrears' }).waitFor();
      await expect(pm.getByRole('columnheader', { name: 'Months in arrears' }).count()).resolves.toBe(0);
      // Rent charged this month is in arrears only after the grace period (5 days, a program
      // setting): within it, no lease shows this month's rent as arrears.
      const day = Number(today().slice(8));
      const rows = pm.getByRole('row').filter({ has: pm.getByRole('link') });
      if (day <= 6) {
        const dueRows = await rows.filter({ hasText: / by [A-Z][a-z]+ \d{1,2}, \d{4}/ }).count();
        expect(dueRows).toBeGreaterThan(0);
      }
      // One household in nine missed last month's rent: in arrears by a month or more, whatever the day.
      await rows
        .filter({ hasText: /\(\d+ months?\)/ })
        .first()
        .waitFor();
      await screenshot(pm, 'property-leases-due-and-arrears');
      await expectAccessible(pm, 'property leases');
      // The demo tenant's lease starts on her move-in, and its first charge is prorated.
      await pm.getByRole('link', { name: 'Dana Whitfield' }).click();
      await pm.getByRole('heading', { name: 'Rent ledger' }).waitFor();
      await pm.getByRole('cell', { name: /days of the first month \(tenant portion, prorated\)/ }).waitFor();
      await pm.getByText('In arrears').waitFor();
      await expectAccessible(pm, 'property lease');
      await screenshot(pm, 'property-lease-dana');
      await pm.context().close();
    },
    JOURNEY_MS,
  );

  it(
    'every tenant page is also accessible at desktop width',
    async () => {
      const tenant = await as('tenant', 'tenant');
      for (const [path, heading] of [
        ['/tenant/', 'Hi, Dana'],
        ['/tenant/rights', 'My rights and responsibilities'],
        ['/tenant/rights/due_process', 'Your right to due process'],
        ['/tenant/lease-issues', 'My lease issues'],
        ['/tenant/repairs', 'Repairs'],
        ['/tenant/grievances', 'Grievances'],
      ] as const) {
        await tenant.goto(path);
        await tenant.getByRole('heading', { name: heading, exact: true }).waitFor();
        await expectAccessible(tenant, `${path} (1280 px)`);
      }
      await tenant.goto('/tenant/lease-issues');
      await tenant.getByRole('link', { name: 'Noise or nuisance' }).click();
      await tenant.getByRole('heading', { name: 'Your rights' }).waitFor();
      await expectAccessible(tenant, 'tenant lease issue (1280 px)');
      await tenant.context().close();
    },
    JOURNEY_MS,
  );
});
