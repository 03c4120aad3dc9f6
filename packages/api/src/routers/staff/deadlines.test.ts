import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@hearth/domain';
import { createTestApp, TODAY, type TestApp } from '../../test-helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

const danaAssessment = async (now: string) => {
  const caller = await app.callerAs('case_manager', { now: () => new Date(`${now}T15:00:00Z`) });
  return (await caller.staff.deadlines.list()).find(
    (d) => d.personName === 'Dana Whitfield' && d.kind === 'annual_assessment',
  );
};

describe('annual assessment deadlines', () => {
  it('stay on the list and turn overdue when the window passes with no assessment completed', async () => {
    const now = await danaAssessment(TODAY);
    expect(now?.isOverdue).toBe(false);
    const later = await danaAssessment(addDays(TODAY, 400));
    expect(later).toBeDefined();
    expect(later!.isOverdue).toBe(true);
    expect(later!.dueDate < addDays(TODAY, 400)).toBe(true);
  });
});
