import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('resource directory', () => {
  it('a program admin adds a resource; a case manager reads the directory but cannot change it', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'staff', 'program_admin');
    await page.getByRole('link', { name: 'Resources' }).click();
    await page.getByRole('heading', { name: 'Resource directory' }).waitFor();
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please fill in' }).waitFor();
    await expectAccessible(page, 'resources with errors');
    await page.getByLabel('Name', { exact: true }).fill('Casco Tenant Legal Clinic');
    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Legal' });
    await page.getByLabel('What they provide').fill('Free advice on leases, notices and tenant rights.');
    await page.getByLabel('Contact', { exact: true }).fill('207-555-0142, Tuesdays 1–4 pm');
    await page.getByLabel(/memorandum of understanding/).check();
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByRole('status').filter({ hasText: 'Resource added.' }).waitFor();
    await page.getByRole('rowheader', { name: 'Casco Tenant Legal Clinic' }).waitFor();
    await expectAccessible(page, 'resources (admin)');
    await screenshot(page, 'staff-resources-admin');
    await context.close();

    const cm = await newPage(browser);
    await signIn(cm.page, 'staff', 'case_manager');
    await cm.page.getByRole('link', { name: 'Resources' }).click();
    await cm.page.getByRole('rowheader', { name: 'Casco Tenant Legal Clinic' }).waitFor();
    await expect(cm.page.getByRole('heading', { name: 'Add a resource' }).count()).resolves.toBe(0);
    await expect(cm.page.getByRole('button', { name: /Retire/ }).count()).resolves.toBe(0);
    await expectAccessible(cm.page, 'resources (case manager)');
    await cm.context.close();
  });
});
