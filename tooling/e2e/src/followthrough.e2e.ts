import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser';

/**
 * Issue 9, findings 9 and 10: every page has its favicon (no missing request), and the property
 * manager's Settings page keeps the emergency maintenance number the tenant sees on Repairs.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the favicon', () => {
  it('the landing page and the three portals link one icon, and it is served', async () => {
    const { context, page } = await newPage(browser);
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && /favicon/.test(r.url())) missing.push(`${r.status()} ${r.url()}`);
    });
    for (const path of ['/', '/staff/', '/tenant/', '/property/']) {
      await page.goto(path);
      const href = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(href, path).toBe('/favicon.svg');
      const icon = await page.request.get(href!);
      expect([icon.status(), icon.headers()['content-type']], path).toEqual([
        200,
        'image/svg+xml; charset=utf-8',
      ]);
    }
    expect(missing).toEqual([]);
    await context.close();
  });
});

describe('property settings', () => {
  it('the manager sets the emergency maintenance number; the tenant sees it on Repairs', async () => {
    const phone = '207-555-0177';
    const pm = await newPage(browser);
    await signIn(pm.page, 'property', 'property_manager');
    await pm.page.getByRole('link', { name: 'Settings' }).click();
    await pm.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await pm.page.getByLabel('Emergency maintenance phone number').first().waitFor();
    const forms = pm.page.locator('section.card');
    const count = await forms.count();
    expect(count).toBeGreaterThan(0);
    // A bad number is refused beside its field, in words.
    const first = forms.first();
    await first.getByLabel('Emergency maintenance phone number').fill('ask Bob');
    await first.getByRole('button', { name: 'Save settings' }).click();
    await first.getByText('Enter a phone number, for example 207-555-0100').first().waitFor();
    await expectAccessible(pm.page, 'property settings with an error');
    for (let i = 0; i < count; i++) {
      const form = forms.nth(i);
      await form.getByLabel('Emergency maintenance phone number').fill(phone);
      await form.getByRole('button', { name: 'Save settings' }).click();
      await form.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    }
    await expectAccessible(pm.page, 'property settings');
    await screenshot(pm.page, 'property-settings');
    await pm.context.close();

    const tenant = await newPage(browser);
    await signIn(tenant.page, 'tenant', 'tenant');
    // Signed in before leaving the page: a navigation during the sign-in request would cancel it.
    await tenant.page.getByRole('button', { name: 'Sign out' }).waitFor();
    await tenant.page.goto('/tenant/repairs');
    await tenant.page.getByRole('link', { name: phone }).waitFor();
    await expectAccessible(tenant.page, 'tenant repairs with the emergency number');
    await screenshot(tenant.page, 'tenant-repairs-emergency-number');
    await tenant.context.close();
  });
});
