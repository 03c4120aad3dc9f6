import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser';
import { formatDate, today } from './dates';

/**
 * Issue 9, findings 4 and 5 re-walked as a case manager: the situation recorded in step 1 (a tent
 * tonight) is the one the chronic history evaluates, with no stay added by hand; and before any
 * disability evidence the file is "not determined yet", never "Ineligible".
 */
const unique = () => `Truth${Math.floor(Math.random() * 1e6)}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function step(page: Page, name: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Intake steps' })
    .getByRole('link', { name: new RegExp(name) })
    .click();
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
}

describe('the journeys tell the truth', () => {
  it('a tent tonight, recorded in step 1, is what the chronic history sees; no disability evidence is not determined yet', async () => {
    const { page } = await newPage(browser);
    await signIn(page, 'staff', 'case_manager');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const last = unique();
    const date = today();

    await page.getByRole('link', { name: 'New referral' }).click();
    await page.getByRole('heading', { name: 'New referral' }).waitFor();
    await page.getByLabel('CES Service Hub').locator('option').nth(1).waitFor({ state: 'attached' });
    await page.getByLabel('First name').fill('Sky');
    await page.getByLabel('Last name').fill(last);
    await page.getByLabel('CES Service Hub').selectOption({ index: 1 });
    await page.getByLabel('Referral date').fill(date);
    await page.getByRole('button', { name: 'Record the referral' }).click();
    await page.getByRole('heading', { name: 'Referral recorded' }).waitFor();
    await page.getByLabel('Application date').fill(date);
    await page.getByRole('button', { name: 'Open application' }).click();
    await page.getByRole('heading', { name: `Application: Sky ${last}` }).waitFor();

    // Step 1: sleeping in a tent tonight, seen by the intake worker.
    await page
      .getByLabel('Current living situation', { exact: true })
      .selectOption('place_not_meant_for_habitation');
    await page.getByLabel('Evidence', { exact: true }).selectOption('intake_observation');
    await page.getByLabel('Date of the evidence').fill(date);
    await page.getByRole('button', { name: 'Record the situation' }).click();
    await page.getByRole('status').filter({ hasText: 'Accepted' }).waitFor();

    // Finding 4: the history, with no stay added, evaluates tonight's place from step 1.
    await step(page, 'History', 'Homelessness history');
    const chronic = page.locator('[aria-labelledby="chronic-heading"]');
    await chronic.getByText('Reasons:').waitFor();
    const reasons = await chronic.innerText();
    expect(reasons).not.toContain('a place not recorded');
    expect(reasons).toContain(
      `On ${formatDate(date)} the person is in a place not meant for human habitation, which counts as homeless.`,
    );
    expect(reasons).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await expectAccessible(page, 'history from the situation');
    await screenshot(page, 'truth-history-from-situation');

    // Finding 5: no disability evidence yet is "not determined yet", not "Ineligible".
    await step(page, 'Disability', 'Disability');
    const now = page.locator('[aria-labelledby="eligibility-now"]');
    await now.getByText('Not determined yet').waitFor();
    await expect(now.getByText('Ineligible', { exact: true }).count()).resolves.toBe(0);
    await expectAccessible(page, 'disability before any evidence');
    await screenshot(page, 'truth-disability-not-determined');

    // The packet's standing agrees.
    await page.getByRole('link', { name: 'Eligibility packet', exact: true }).click();
    await page.getByRole('heading', { name: `Eligibility packet: Sky ${last}` }).waitFor();
    const standing = page.locator('[aria-labelledby="standing-heading"]');
    await standing.getByText('Not determined yet').waitFor();
    await expect(standing.getByText('Ineligible', { exact: true }).count()).resolves.toBe(0);
    await screenshot(page, 'truth-packet-not-determined');
  });
});
