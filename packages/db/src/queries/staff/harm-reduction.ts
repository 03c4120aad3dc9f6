import { desc, eq } from 'drizzle-orm';
import {
  checkHarmReductionPlan,
  found,
  type TCarePersonInput,
  type TCreateHarmReductionPlan,
} from '@hearth/domain';
import { harmReductionPlans } from '../../schema/services/care';
import { users } from '../../schema/identity';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { personInCareScope, type CareCall } from './care-scope';

/** Harm-reduction plans to prevent eviction: the risk, options weighed, the choice, a follow-up. */

export async function listHarmReductionPlans(db: Executor, params: { personId: string }) {
  return db
    .select({
      id: harmReductionPlans.id,
      identifiedOn: harmReductionPlans.identifiedOn,
      housingRisk: harmReductionPlans.housingRisk,
      options: harmReductionPlans.options,
      chosenOption: harmReductionPlans.chosenOption,
      followUpDate: harmReductionPlans.followUpDate,
      createdByName: users.displayName,
    })
    .from(harmReductionPlans)
    .innerJoin(users, eq(users.id, harmReductionPlans.createdById))
    .where(eq(harmReductionPlans.personId, params.personId))
    .orderBy(desc(harmReductionPlans.identifiedOn), desc(harmReductionPlans.createdAt));
}

export async function harmReductionPlansForStaff(db: Executor, call: CareCall<TCarePersonInput>) {
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: call.input.personId }), 'person');
    await recordAudit(tx, call.actor, {
      action: 'harm_reduction.read',
      entityType: 'person',
      entityId: person.id,
    });
    return listHarmReductionPlans(tx, { personId: person.id });
  });
}

export async function createHarmReductionPlan(db: Executor, call: CareCall<TCreateHarmReductionPlan>) {
  const { personId, identifiedOn, housingRisk, options, chosenOption, followUpDate } = call.input;
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId }), 'person');
    checkHarmReductionPlan({
      identifiedOn,
      followUpDate,
      optionCount: options.length,
      chosenOption,
      today: call.today,
    });
    const [row] = await tx
      .insert(harmReductionPlans)
      .values({
        personId: person.id,
        identifiedOn,
        housingRisk,
        options,
        chosenOption,
        followUpDate,
        createdById: call.viewer.userId,
      })
      .returning({ id: harmReductionPlans.id });
    await recordAudit(tx, call.actor, {
      action: 'harm_reduction.create',
      entityType: 'harm_reduction_plan',
      entityId: row!.id,
      detail: { personId: person.id },
    });
    return row!;
  });
}
