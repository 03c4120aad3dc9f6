import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, screenshot, signIn } from './browser';
import { daysAhead } from './dates';

/**
 * Issue 4 acceptance: engagement, assessment & acuity, the service plan and linkages, by the
 * demo case manager; then the demo tenant sees the goals, accepts the plan and adds a note.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const DOMAINS = [
  'Housing stability & tenancy',
  'Income & benefits',
  'Physical health',
  'Mental health',
  'Substance use',
  'Daily living skills',
  'Social supports',
  'Legal',
  'Safety & crisis risk',
  'Employment, education & meaningful activity',
];

const isoIn = daysAhead;

async function openDana(page: Page) {
  await signIn(page, 'staff', 'case_manager');
  await page.getByRole('heading', { name: 'My caseload' }).waitFor();
  await page.getByLabel('Find a person by name').fill('Whitf');
  await page.getByRole('link', { name: 'Whitfield, Dana' }).click();
  await page.getByRole('heading', { name: 'Care' }).waitFor();
  return page.url();
}

async function addGoal(page: Page, n: number, statement: string) {
  await page.getByLabel('Specific: the goal').fill(statement);
  await page
    .getByLabel(/Relevant: so that/)
    .fill('so that I can keep my apartment and have my grandkids over');
  await page.getByLabel('Long-term goal it serves').fill('Stay housed and close to my family');
  await page.getByLabel('Time-bound: target date').fill(isoIn(120));
  await page.getByLabel(DOMAINS[n % DOMAINS.length]!, { exact: true }).check();
  await page.getByLabel('Marker 1', { exact: true }).fill('First step done');
  await page.getByLabel('Marker 1 date', { exact: true }).fill(isoIn(30));
  await page.getByLabel('Step 1', { exact: true }).fill('Call the office to set a time');
  await page.getByLabel('Step 1: who').selectOption('tenant');
  await page.getByLabel('Step 2', { exact: true }).fill('Go along to the first meeting');
  await page.getByLabel('Step 2: who').selectOption('case_manager');
  await page.getByLabel('Step 2: by').fill(isoIn(14));
  await page.getByRole('button', { name: 'Add goal' }).click();
}

describe('care: the case manager’s side', () => {
  it('warm handoff, assessment over two sittings, interim update, plan, harm reduction, linkage', async () => {
    const { context, page } = await newPage(browser);
    const personUrl = await openDana(page);
    await expectAccessible(page, 'person page with Care');

    // Warm handoff.
    await page.getByRole('link', { name: 'Warm handoff' }).click();
    await page.getByRole('heading', { name: 'Warm handoff', level: 1 }).waitFor();
    await page.getByLabel('From which provider').fill('Oxford Street Shelter');
    await page.getByLabel('Worker').fill('Jamie Cole');
    await page.getByLabel('Who took part').fill('Dana, Jamie Cole (shelter), Maria Okafor');
    await page
      .getByLabel('How the program and roles were explained')
      .fill(
        'PSH is housing with services; the property manager enforces the lease, services help you meet it.',
      );
    await page.getByLabel('What the tenant is good at').fill('Ran the shelter kitchen; good with people');
    await page.getByLabel('Plan for working together').fill('Weekly visit on Tuesdays to start');
    await page.getByRole('button', { name: 'Save warm handoff' }).click();
    await page.getByRole('heading', { name: /From Oxford Street Shelter \(Jamie Cole\)/ }).waitFor();
    await expectAccessible(page, 'warm handoff');

    // Assessment, first sitting: a draft with the housing history.
    await page.getByRole('link', { name: 'Assessment & acuity' }).click();
    await page.getByRole('button', { name: 'Start an assessment' }).click();
    await page
      .getByLabel('Places lived in the last 5 years, and with whom')
      .fill('With her sister in Westbrook, then Oxford Street Shelter');
    await page.getByLabel('Housing goal(s)').fill('A place of my own near the bus');
    await page.getByRole('button', { name: 'Save housing history' }).click();
    await page.getByText('Section saved as a draft.').waitFor();
    await expectAccessible(page, 'assessment draft');

    // Second sitting: the draft is still there; score the domains and complete it.
    await page.reload();
    await expect(
      page.getByLabel('Places lived in the last 5 years, and with whom').inputValue(),
    ).resolves.toContain('Westbrook');
    for (const name of DOMAINS) await page.getByLabel(`${name}: score`).selectOption('3');
    await page.getByLabel('Substance use: strengths').fill('Goes to a peer group');
    await page.getByRole('button', { name: 'Save acuity scores' }).click();
    await page.getByText('Section saved as a draft.').waitFor();
    await page.getByRole('button', { name: 'Complete assessment' }).click();
    await page.getByRole('heading', { name: /Version 1, completed/ }).waitFor();

    // Interim update between full assessments.
    await page.getByLabel('Domain').selectOption('legal');
    await page.getByLabel('New score').selectOption('4');
    await page.getByLabel('Why it changed').fill('A court date for an old charge came up');
    await page.getByRole('button', { name: 'Record interim update' }).click();
    await page.getByRole('table', { name: 'Interim updates' }).waitFor();
    await expect(page.getByRole('row', { name: /Legal.*3 → 4/ }).count()).resolves.toBe(1);
    await expectAccessible(page, 'assessment history');
    await screenshot(page, 'staff-assessment');

    // Service plan: 3 SMART goals; a 4th is refused.
    await page.getByRole('link', { name: 'Service plan' }).click();
    await page.getByRole('heading', { name: /Active goals \(0 of 3\)/ }).waitFor();
    await expectAccessible(page, 'empty service plan');
    const statements = [
      'Pay rent on time each month',
      'See a doctor for my back',
      'Join the peer group on Thursdays',
    ];
    for (const [i, s] of statements.entries()) {
      await addGoal(page, i, s);
      await page.getByRole('heading', { name: new RegExp(`Active goals \\(${i + 1} of 3\\)`) }).waitFor();
    }
    await addGoal(page, 3, 'A fourth goal');
    await page.getByRole('alert').filter({ hasText: 'no more than 3' }).waitFor();
    await expectAccessible(page, 'service plan with refusal');

    // Harm-reduction plan to prevent eviction.
    await page
      .getByLabel('Housing risk')
      .fill('Eviction: yelling at night; neighbours and the landlord have complained.');
    await page
      .getByLabel('Option 1', { exact: true })
      .fill('Focus on the behaviour and look for solutions together');
    await page.getByLabel('Option 1: factors in favour').fill('Tenant feels in control');
    await page.getByLabel('Option 1: factors against').fill('Tenant denies the behaviour');
    await page
      .getByLabel('Option 1: non-negotiable for the landlord')
      .fill('Must address the nuisance behaviour');
    await page.getByLabel('Option 1: non-negotiable for the tenant').fill('Must see the threat as real');
    await page
      .getByLabel('Option 2', { exact: true })
      .fill('Options to feel safer in the unit: locks, music, drapes');
    await page.getByLabel('Chosen option').selectOption('1');
    await page.getByLabel('Follow-up date').fill(isoIn(14));
    await page.getByRole('button', { name: 'Save harm-reduction plan' }).click();
    await page.getByRole('table', { name: /Options weighed with the tenant/ }).waitFor();
    await expectAccessible(page, 'service plan with harm-reduction plan');
    await screenshot(page, 'staff-service-plan');

    // A linkage, from referral to working, with a check-in.
    await page.getByRole('link', { name: 'Resources & linkages' }).click();
    await page
      .getByLabel('Resource', { exact: true })
      .selectOption({ label: 'Pine Tree Tenant Legal Aid (Legal, MOU)' });
    await page.getByLabel('What it is for').fill('Advice before the court date');
    await page.getByLabel(/Warm handoff: I will go/).check();
    await page.getByRole('button', { name: 'Record referral' }).click();
    await page.getByRole('heading', { name: 'Pine Tree Tenant Legal Aid: Referred' }).waitFor();
    await page.getByRole('button', { name: 'Mark connected (first contact made)' }).click();
    await page.getByRole('button', { name: 'Mark engaged (working)' }).click();
    await page.getByRole('heading', { name: 'Pine Tree Tenant Legal Aid: Engaged (working)' }).waitFor();
    await page.getByLabel('Is Pine Tree Tenant Legal Aid working for the tenant?').selectOption('yes');
    await page
      .getByLabel('Check-in note (Pine Tree Tenant Legal Aid)')
      .fill('Met the lawyer; next meeting set');
    await page.getByRole('button', { name: 'Add check-in' }).click();
    await page.getByText(/Working: Met the lawyer/).waitFor();
    await page.getByText('1 of 1 referrals became working linkages.').waitFor();
    await expectAccessible(page, 'linkages');

    await page.goto(personUrl);
    await page.getByRole('heading', { name: 'Care' }).waitFor();
    await context.close();
  }, 240_000); // One long journey on a shared 2-core machine.
});

describe('care: the tenant’s side, and back', () => {
  it('the tenant sees the goals, accepts the plan and adds a note the case manager sees', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, 'tenant', 'tenant');
    await page.getByRole('link', { name: 'My goals' }).click();
    await page.getByRole('heading', { name: 'My goals', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Goal 1: Pay rent on time each month' }).waitFor();
    await expect(page.getByRole('heading', { name: /^Goal \d:/ }).count()).resolves.toBe(3);
    await expectAccessible(page, 'my goals (phone)');
    await page.getByRole('button', { name: 'I accept my plan' }).click();
    await page.getByText(/You accepted this plan/).waitFor();
    await page
      .getByLabel('Add a note about goal 1, in your own words')
      .fill('I set a reminder on my phone for the 1st.');
    await page.getByRole('button', { name: 'Save my note' }).first().click();
    await page.getByText(/You: I set a reminder on my phone/).waitFor();
    await expectAccessible(page, 'my goals after accepting');
    await screenshot(page, 'tenant-my-goals');
    await context.close();

    const staff = await newPage(browser);
    await openDana(staff.page);
    await staff.page.getByRole('link', { name: 'Service plan' }).click();
    await staff.page.getByText(/Accepted by the tenant in the portal on/).waitFor();
    await staff.page.getByText(/Dana Whitfield \(tenant\): I set a reminder on my phone/).waitFor();
    await expectAccessible(staff.page, 'service plan accepted');
    await staff.context.close();
  }, 120_000);

  it('the property manager is refused the care API', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'property', 'property_manager');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    for (const path of [
      '/trpc/staff.resources.list',
      '/trpc/staff.assessments.caseload',
      '/trpc/tenant.goals.get',
    ]) {
      expect(await page.evaluate(async (p) => (await fetch(p)).status, path)).toBe(403);
    }
    await context.close();
  });
});
