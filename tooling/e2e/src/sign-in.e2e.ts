import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn, DEMO_PASSWORD, ACCOUNTS } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the landing page', () => {
  it('links to the three portals and is accessible', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    for (const name of ['Tenants', 'Program staff', 'Property management']) {
      await expect(page.getByRole('link', { name: new RegExp(name) }).isVisible()).resolves.toBe(true);
    }
    await expectAccessible(page, 'landing');
    await screenshot(page, 'landing');
    await context.close();
  });
});

describe('staff portal', () => {
  it('the sign-in page is accessible and a wrong password is refused plainly', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/staff/');
    await page.getByRole('heading', { name: 'Staff portal' }).waitFor();
    await expectAccessible(page, 'staff sign-in');
    await page.getByLabel('Email').fill('casemanager@example.org');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
    await expectAccessible(page, 'staff sign-in with error');
    await page.getByLabel('Email').fill('not an email');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a valid email address').waitFor();
    await expectAccessible(page, 'staff sign-in with field error');
    await screenshot(page, 'staff-sign-in-errors');
    await context.close();
  });

  it('a case manager sees their caseload and opens a person page', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'staff', 'case_manager');
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    await expect(page.getByText('Maria Okafor').first().isVisible()).resolves.toBe(true);
    // Other journeys may add referrals to this caseload first: the caption must match the rows.
    const caption = (await page.getByRole('caption').textContent()) ?? '';
    const rows = await page.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(20);
    expect(caption).toBe(`${rows} people`);
    await expect(page.getByRole('link', { name: 'Grievances' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'caseload');
    await screenshot(page, 'staff-caseload');

    await page.getByLabel('Find a person by name').fill('Whitf');
    await page.getByRole('link', { name: 'Whitfield, Dana' }).click();
    await page.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
    await expect(page.getByText('Elm Street Apartments, unit').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'person page');
    await screenshot(page, 'staff-person');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    // Signed out for real: the API refuses the old session, and Back shows no private data.
    expect(await page.evaluate(async () => (await fetch('/trpc/staff.people.list')).status)).toBe(401);
    await page.goBack();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect(page.getByText('Dana Whitfield').count()).resolves.toBe(0);
    await context.close();
  });

  it('a supervisor sees the whole program with case managers', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'staff', 'supervisor');
    await page.getByRole('heading', { name: 'Everyone in the program' }).waitFor();
    await page.getByRole('columnheader', { name: 'Case manager' }).waitFor();
    await expectAccessible(page, 'program list');
    await context.close();
  });
});

describe('tenant portal', () => {
  it('the tenant sees My home with the unit and case manager, on a phone too', async () => {
    const { context, page } = await newPage(browser, { width: 375, height: 740 });
    await signIn(page, 'tenant', 'tenant');
    await page.getByRole('heading', { name: 'Hi, Dana' }).waitFor();
    await expect(page.getByText('Maria Okafor').isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByText(/Elm Street Apartments, unit/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(page, 'tenant home (375 px)');
    await screenshot(page, 'tenant-home-phone');
    await context.close();
  });
});

describe('property portal', () => {
  it('the property manager sees only their units with occupant names', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'property', 'property_manager');
    await page.getByRole('heading', { name: 'Elm Street Apartments' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Harbor View Residences' }).count()).resolves.toBe(0);
    await expect(page.getByText('Dana Whitfield').isVisible()).resolves.toBe(true);
    await expectAccessible(page, 'units');
    await screenshot(page, 'property-units');
    await context.close();
  });
});

describe('each role is refused in the other portals', () => {
  const portals = ['staff', 'tenant', 'property'] as const;
  const home = {
    case_manager: 'staff',
    supervisor: 'staff',
    program_admin: 'staff',
    tenant: 'tenant',
    property_manager: 'property',
  } as const;
  for (const role of Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[]) {
    it(`${role}`, async () => {
      const { context, page } = await newPage(browser);
      // Sign in where the account belongs, then visit the other portals with the same session.
      await signIn(page, home[role], role);
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      for (const portal of portals.filter((p) => p !== home[role])) {
        await page.goto(`/${portal}/`);
        await page.getByRole('heading', { name: `This is the ${portal} portal` }).waitFor();
        await expect(
          page.getByRole('link', { name: `Go to the ${home[role]} portal` }).isVisible(),
        ).resolves.toBe(true);
        if (role === 'case_manager') await expectAccessible(page, `wrong portal (${portal})`);
        // The API refuses too, not just the screen.
        const status = await page.evaluate(
          async (path) => (await fetch(path)).status,
          portal === 'staff'
            ? '/trpc/staff.people.list'
            : portal === 'tenant'
              ? '/trpc/tenant.profile.get'
              : '/trpc/property.units.list',
        );
        expect(status).toBe(403);
      }
      await context.close();
    });
  }

  it('signing in to the wrong portal says where to go', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/property/');
    await page.getByLabel('Email').fill(ACCOUNTS.tenant);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'This is the property portal' }).waitFor();
    await expect(
      page.getByText(/with a tenant account\. That account works in the tenant portal/).isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'wrong-portal');
    await context.close();
  });
});
