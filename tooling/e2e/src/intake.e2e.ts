import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser';
import { addDays, daysAgo, formatDate } from './dates';

/**
 * The intake-and-eligibility journey of issue 3 in a real browser: a CES referral taken through
 * homelessness, history, disability, determination, enrollment, rent and move-in to the deadlines
 * view; a Category 2 applicant refused with the reason; an intake-observation-only applicant
 * pending with the 45-day deadline. Dates are relative to today: the server refuses future dates.
 */
const unique = () => `Test${Math.floor(Math.random() * 1e6)}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function asCaseManager(): Promise<Page> {
  const { page } = await newPage(browser);
  await signIn(page, 'staff', 'case_manager');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

/** A referral for someone new, then the application opened on it; ends on the application page. */
async function referAndOpen(
  page: Page,
  first: string,
  last: string,
  date: string,
  opts: { check?: boolean } = {},
): Promise<void> {
  await page.getByRole('link', { name: 'New referral' }).click();
  await page.getByRole('heading', { name: 'New referral' }).waitFor();
  await page.getByLabel('CES Service Hub').locator('option').nth(1).waitFor({ state: 'attached' });
  if (opts.check) {
    await expectAccessible(page, 'new referral');
    // Nothing entered: the errors are announced and named beside the fields.
    await page.getByRole('button', { name: 'Record the referral' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter the first name' }).waitFor();
    await expectAccessible(page, 'new referral with errors');
    await screenshot(page, 'staff-referral-errors');
  }
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill(last);
  await page.getByLabel('Date of birth (optional)').fill('1979-04-12');
  await page.getByLabel('CES Service Hub').selectOption({ index: 1 });
  await page.getByLabel('By-name list rank (optional)').fill('3');
  await page.getByLabel('Referral date').fill(date);
  await page.getByLabel('Veteran').check();
  await page
    .getByLabel('Case-conferencing notes (optional)')
    .fill('Discussed at the weekly case conference; sleeping outdoors.');
  await page.getByRole('button', { name: 'Record the referral' }).click();
  await page.getByRole('heading', { name: 'Referral recorded' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'is on your caseload' }).waitFor();
  if (opts.check) await expectAccessible(page, 'referral recorded');
  await page.getByLabel('Application date').fill(date);
  await page.getByRole('button', { name: 'Open application' }).click();
  await page.getByRole('heading', { name: `Application: ${first} ${last}` }).waitFor();
}

async function step(page: Page, name: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Intake steps' })
    .getByRole('link', { name: new RegExp(name) })
    .click();
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
}

async function literallyHomeless(
  page: Page,
  date: string,
  evidence: 'third_party' | 'intake_observation' = 'third_party',
): Promise<void> {
  await page
    .getByLabel('Current living situation', { exact: true })
    .selectOption('place_not_meant_for_habitation');
  await page.getByLabel('Evidence', { exact: true }).selectOption(evidence);
  if (evidence === 'third_party') await page.getByLabel('Third-party source').selectOption('hmis_record');
  await page.getByLabel('Date of the evidence').fill(date);
  await page.getByRole('button', { name: 'Record the situation' }).click();
  await page.getByRole('status').filter({ hasText: 'Accepted' }).waitFor();
}

describe('intake and eligibility', () => {
  it('a new referral goes through homelessness, history, disability, determination, enrollment, rent and move-in, and shows on the deadlines', async () => {
    const page = await asCaseManager();
    const last = unique();
    const applied = daysAgo(20);
    await referAndOpen(page, 'Robin', last, applied, { check: true });
    const appUrl = page.url();

    // Homelessness: the RV/camper checklist opens for a place not meant for habitation.
    await page
      .getByLabel('Current living situation', { exact: true })
      .selectOption('place_not_meant_for_habitation');
    await page.getByLabel('The person lives in an RV or camper').check();
    await page.getByLabel('Is the RV or camper insulated?').selectOption('no');
    await expectAccessible(page, 'situation with RV checklist');
    await screenshot(page, 'staff-intake-situation');
    await page.getByLabel('The person lives in an RV or camper').uncheck();
    await literallyHomeless(page, daysAgo(10));
    await expect(page.getByRole('status').filter({ hasText: 'Category 1(i)' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'situation accepted');

    // History: a stay, then the month-by-month timeline in words.
    await step(page, 'History', 'Homelessness history');
    await page.getByLabel('First night').fill(daysAgo(400));
    await page.getByLabel('Last night').fill(daysAgo(21));
    await page.getByLabel('Where').selectOption('place_not_meant_for_habitation');
    await page.getByLabel('Evidence', { exact: true }).selectOption('third_party');
    await page.getByLabel('Third-party source').selectOption('hmis_record');
    await page.getByRole('button', { name: 'Add stay' }).click();
    await page.getByRole('status').filter({ hasText: 'Stay added.' }).waitFor();
    await page.getByRole('table', { name: /Month by month/ }).waitFor();
    await expect(page.getByRole('cell', { name: /^Counted/ }).count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'history');
    await screenshot(page, 'staff-intake-history');

    // Disability: a licensed professional's verification (MD).
    await step(page, 'Disability', 'Disability');
    await page.getByLabel('Type of evidence').selectOption('professional_verification');
    await page.getByLabel("Professional's credential").selectOption('MD');
    await page.getByLabel("Professional's name (optional)").fill('Dr. Amos Reed');
    await page
      .getByLabel('the professional is licensed by the State to diagnose and treat the condition')
      .check();
    await page
      .getByLabel('the disability is expected to be long-continuing or of indefinite duration')
      .check();
    await page.getByLabel('it substantially impedes the person’s ability to live independently').check();
    await page.getByLabel('Date of the evidence').fill(daysAgo(8));
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('status').filter({ hasText: 'Eligibility now: Eligible' }).waitFor();
    await expectAccessible(page, 'disability');

    // Determination: eligible, recorded once.
    await step(page, 'Determination', 'Determination');
    await page.getByLabel('Date of the determination').fill(daysAgo(7));
    await page.getByRole('button', { name: 'Record determination' }).click();
    await page.getByRole('status').filter({ hasText: 'Determination recorded: Eligible' }).waitFor();
    await page.getByRole('heading', { name: /In force: determined/ }).waitFor();
    await expectAccessible(page, 'determination');
    await screenshot(page, 'staff-intake-determination');

    // The packet, printable.
    await page
      .getByRole('link', { name: /eligibility packet/i })
      .first()
      .click();
    await page.getByRole('heading', { name: `Eligibility packet: Robin ${last}` }).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await expectAccessible(page, 'packet');
    await screenshot(page, 'staff-intake-packet');
    await page.goto(appUrl);

    // Enrollment, rent, move-in.
    await step(page, 'Enrollment', 'Enrollment');
    await page.getByLabel('Project start date').fill(daysAgo(6));
    await page.getByRole('button', { name: 'Save enrollment' }).click();
    await page.getByRole('status').filter({ hasText: 'Enrollment saved.' }).waitFor();
    await page.getByRole('heading', { name: /Enrolled: project start/ }).waitFor();
    await expectAccessible(page, 'enrollment');

    await step(page, 'Rent', 'Rent');
    await page.getByLabel('Effective date').fill(daysAgo(5));
    await page.getByLabel('Annual income, in dollars').fill('9,600.00');
    await page.getByLabel('Contract rent per month, in dollars').fill('850');
    await page.getByRole('button', { name: 'Preview the rent' }).click();
    await page.getByRole('heading', { name: /Preview: tenant rent/ }).waitFor();
    await page.getByText('Total tenant payment (the highest)').waitFor();
    await expectAccessible(page, 'rent preview');
    await page.getByRole('button', { name: 'Save rent determination' }).click();
    await page.getByRole('status').filter({ hasText: 'Rent determination saved' }).waitFor();
    await screenshot(page, 'staff-intake-rent');

    await step(page, 'Move-in', 'Move-in');
    const unit = page.getByLabel('Unit', { exact: true });
    await unit.locator('option').nth(1).waitFor({ state: 'attached' });
    // Each vacant unit is offered with its contract rent, which the lease takes.
    const chosen = (await unit.locator('option').nth(1).textContent()) ?? '';
    const [, unitLabel, unitRent] = /unit (\S+) \(.*, \$([\d,.]+) a month\)/.exec(chosen) ?? [];
    expect(unitLabel, chosen).toBeTruthy();
    await unit.selectOption({ index: 1 });
    await page.getByLabel('Housing move-in date').fill(daysAgo(4));
    await expectAccessible(page, 'move-in');
    await page.getByRole('button', { name: 'Record move-in' }).click();
    // The move-in opened the lease, with its first rent charge.
    await page
      .getByRole('status')
      .filter({ hasText: 'Moved in to unit' })
      .filter({ hasText: 'The lease starts that day; its first rent charge is $' })
      .waitFor();
    await screenshot(page, 'staff-intake-move-in-lease');

    // Now the unit is known, the rent form offers its contract rent (a recertification, say).
    await step(page, 'Rent', 'Rent');
    await expect
      .poll(() => page.getByLabel('Contract rent per month, in dollars').inputValue())
      .toBe(unitRent!.replace(/,/g, ''));
    await page.getByText(`The contract rent of unit ${unitLabel} at`).waitFor();
    await screenshot(page, 'staff-rent-contract-rent-prefilled');

    // Property management sees the new lease, from the move-in date, with the rent charged.
    const { page: pm } = await newPage(browser);
    await signIn(pm, 'property', 'property_manager');
    await pm.getByRole('link', { name: 'Leases' }).first().click();
    const row = pm.getByRole('row').filter({ hasText: `Robin ${last}` });
    await row.waitFor();
    await row.filter({ hasText: formatDate(daysAgo(4)) }).waitFor();
    await row.filter({ hasText: `$${unitRent}` }).waitFor();
    await row.getByRole('link', { name: `Robin ${last}` }).click();
    await pm.getByRole('heading', { name: 'Rent ledger' }).waitFor();
    await pm
      .getByRole('cell', { name: /tenant portion/ })
      .first()
      .waitFor();
    await screenshot(pm, 'property-lease-from-move-in');
    await pm.context().close();

    await page.getByRole('link', { name: 'Deadlines' }).click();
    await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: `Robin ${last}` })
      .filter({ hasText: 'recertification' })
      .first()
      .waitFor();
    await expectAccessible(page, 'deadlines');
    await screenshot(page, 'staff-deadlines');
  }, 180_000);

  it('a Category 2 applicant (about to lose housing) is refused with the reason', async () => {
    const page = await asCaseManager();
    await referAndOpen(page, 'Casey', unique(), daysAgo(3));
    await page
      .getByLabel('Current living situation', { exact: true })
      .selectOption('staying_with_family_or_friends');
    await page
      .getByLabel('Lacks the resources and support networks to obtain other housing?')
      .selectOption('yes');
    await page.getByLabel('Days until the current residence is lost (optional)').fill('7');
    await page.getByLabel('Has a subsequent residence been identified?').selectOption('no');
    await page.getByLabel('Evidence', { exact: true }).selectOption('intake_observation');
    await page.getByLabel('Date of the evidence').fill(daysAgo(2));
    await page.getByRole('button', { name: 'Record the situation' }).click();
    const refused = page.getByRole('status').filter({ hasText: 'Refused' });
    await refused.waitFor();
    await refused.getByText(/Category 2 \(imminent risk of homelessness\)/).waitFor();
    await refused.getByText(/Not accepted by the program/).waitFor();
    await expectAccessible(page, 'situation refused');
    await screenshot(page, 'staff-intake-refused');
  }, 90_000);

  it("an applicant with only the intake worker's observation of disability is pending, due 45 days from the application", async () => {
    const page = await asCaseManager();
    const applied = daysAgo(5);
    const due = formatDate(addDays(applied, 45));
    await referAndOpen(page, 'Jordan', unique(), applied);
    await literallyHomeless(page, applied, 'intake_observation');
    await step(page, 'Disability', 'Disability');
    await page.getByLabel('Type of evidence').selectOption('intake_staff_observation');
    await page.getByLabel('Date of the evidence').fill(applied);
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('status').filter({ hasText: 'Pending disability verification' }).waitFor();
    await page.getByText(`Disability confirmation due by ${due}`).waitFor();
    await expectAccessible(page, 'disability pending');
    await step(page, 'Determination', 'Determination');
    // The server's answer names the field, and the message sits beside the date input.
    await page.getByLabel('Date of the determination').fill(addDays(applied, -1));
    await page.getByRole('button', { name: 'Record determination' }).click();
    await page.getByRole('alert').filter({ hasText: 'before the application date' }).waitFor();
    await expect(
      page.locator('.field-error').filter({ hasText: 'before the application date' }).count(),
    ).resolves.toBe(1);
    await expectAccessible(page, 'determination with a server error');
    await page.getByLabel('Date of the determination').fill(daysAgo(1));
    await page.getByRole('button', { name: 'Record determination' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Determination recorded: Pending disability verification' })
      .waitFor();
    await page.getByText(`Disability confirmation due by ${due}`).waitFor();
    await expectAccessible(page, 'determination pending');
    await screenshot(page, 'staff-intake-pending');
  }, 90_000);

  it('an observation-only application 50 days old, never determined: the overdue 45-day confirmation on its page and on the Deadlines page, the same date', async () => {
    const page = await asCaseManager();
    const applied = daysAgo(50);
    const due = formatDate(addDays(applied, 45));
    const last = unique();
    await referAndOpen(page, 'Quinn', last, applied);
    await literallyHomeless(page, daysAgo(10), 'intake_observation');
    await step(page, 'Disability', 'Disability');
    await page.getByLabel('Type of evidence').selectOption('intake_staff_observation');
    await page.getByLabel('Date of the evidence').fill(applied);
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByText(`Disability confirmation due by ${due}`).waitFor();
    // The application's own deadlines: the 45-day confirmation, overdue, and the 14-day window.
    const own = page.getByRole('table', { name: 'Deadlines of this application' });
    await own
      .getByRole('row')
      .filter({ hasText: 'Disability confirmation (45 days)' })
      .filter({ hasText: due })
      .filter({ hasText: 'Overdue' })
      .waitFor();
    await own.getByRole('row').filter({ hasText: 'Homelessness documentation window' }).waitFor();
    await expectAccessible(page, 'application deadlines');
    await screenshot(page, 'staff-application-deadlines');
    await page.getByRole('link', { name: 'Deadlines', exact: true }).click();
    await page.getByRole('heading', { name: 'Deadlines', exact: true }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: `Quinn ${last}` })
      .filter({ hasText: 'Disability confirmation (45 days)' })
      .filter({ hasText: due })
      .filter({ hasText: 'Overdue' })
      .waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: `Quinn ${last}` })
      .filter({ hasText: 'Homelessness documentation window' })
      .waitFor();
    await screenshot(page, 'staff-deadlines-disability-overdue');
  }, 90_000);
});
