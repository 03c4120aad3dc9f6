import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, ctiPhase } from '@hearth/domain';
import { schema } from '@hearth/db';
import { createTestApp, TODAY, type TestApp } from '../../test-helpers';

let app: TestApp;
let danaId: string;

beforeAll(async () => {
  app = await createTestApp();
  const everyone = await (await app.callerAs('supervisor')).staff.people.list();
  danaId = everyone.find((p) => p.lastName === 'Whitfield')!.id;
});
afterAll(() => app.handle.close());

/** Sets one program setting (programs.settings jsonb), keeping the others. */
async function setProgramSetting(key: string, value: unknown) {
  const [program] = await app.handle.db.select({ settings: schema.programs.settings }).from(schema.programs);
  await app.handle.db.update(schema.programs).set({ settings: { ...program!.settings, [key]: value } });
}

describe('staff.plans.get: the program’s own CTI phase length', () => {
  it('follows policy ctiPhaseLengthMonths for the phase and the review dates', async () => {
    const length = 4;
    await setProgramSetting('ctiPhaseLengthMonths', length);
    const plan = await (await app.callerAs('case_manager')).staff.plans.get({ personId: danaId });
    const moveIn = plan.moveInDate!;
    expect(moveIn).not.toBeNull();
    const expected = ctiPhase({ ctiStartDate: moveIn, date: TODAY }, { ctiPhaseLengthMonths: length }).phase;
    // The seed moves Dana in about ten months before today: the lengths give different phases.
    expect(expected).not.toBe(ctiPhase({ ctiStartDate: moveIn, date: TODAY }).phase);
    expect(plan.phase?.phase).toBe(expected);
    expect(plan.phase?.reviews.map((r) => r.reviewDate)).toEqual([
      addMonths(moveIn, length),
      addMonths(moveIn, 2 * length),
      addMonths(moveIn, 3 * length),
    ]);
  });
});
