import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { checkNextStep, DEFAULT_POLICY } from '@hearth/domain';
import { createTestDb, testToday } from '../testing';
import type { DbHandle } from '../client';
import * as schema from '../schema/index';
import { seedDemo } from './index';

const today = testToday();
let handle: DbHandle;

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db, { hashPassword: (p) => Promise.resolve(`plain:${p.length}`), today });
});
afterAll(() => handle.close());

describe('the demo seed’s lease issues', () => {
  it('each walks the due process as the domain allows it, step by step, on its own dates', async () => {
    const issues = await handle.db.select().from(schema.leaseIssues);
    const steps = await handle.db
      .select()
      .from(schema.leaseIssueSteps)
      .orderBy(asc(schema.leaseIssueSteps.createdAt), asc(schema.leaseIssueSteps.id));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      const own = steps.filter((s) => s.issueId === issue.id);
      expect(own[0]?.kind).toBe('logged');
      for (let i = 1; i < own.length; i++) {
        const step = own[i]!;
        const checked = checkNextStep({
          type: issue.type,
          policy: DEFAULT_POLICY,
          issueDate: issue.occurredOn,
          steps: own.slice(0, i),
          next: step,
          today: step.stepDate,
        });
        expect(step.basis).toBe(checked.basis);
        expect(step.stepDate <= today).toBe(true);
      }
    }
  });
});
