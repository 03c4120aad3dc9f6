import { and, desc, eq } from 'drizzle-orm';
import { summarizeLeaseIssue } from '@hearth/domain';
import { people } from '../../schema/people';
import { properties, units } from '../../schema/program';
import { leaseIssues } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { recordListRead, type Actor } from '../core/audit';
import { groupBy } from '../core/group-by';
import { stepsForIssues } from '../property/lease-issues';
import { staffScope, type StaffViewer } from './people';

/**
 * Tenancy alerts: lease issues of people in the viewer's scope, read-only (type, dates, steps),
 * so services can offer help. Information flows from property to services, never back; the
 * property manager's notes and the behavioural description stay with property.
 */
export async function listTenancyAlertsForStaff(
  db: Executor,
  params: { actor: Actor; viewer: StaffViewer; today: string },
) {
  const rows = await db
    .select({
      id: leaseIssues.id,
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      preferredName: people.preferredName,
      propertyName: properties.name,
      unitLabel: units.label,
      type: leaseIssues.type,
      occurredOn: leaseIssues.occurredOn,
    })
    .from(leaseIssues)
    .innerJoin(people, eq(people.id, leaseIssues.personId))
    .innerJoin(units, eq(units.id, leaseIssues.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(leaseIssues.programId, params.viewer.programId), staffScope(params.viewer, params.today)))
    .orderBy(desc(leaseIssues.occurredOn), desc(leaseIssues.createdAt));
  await recordListRead(db, params.actor, {
    action: 'tenancy_alert.list',
    personIds: rows.map((r) => r.personId),
  });
  const steps = await stepsForIssues(
    db,
    rows.map((r) => r.id),
  );
  // Only the facts of each step travel to services: kind and dates, never the manager's note.
  const byIssue = groupBy(
    steps.map((s) => ({
      issueId: s.issueId,
      id: s.id,
      kind: s.kind,
      stepDate: s.stepDate,
      dueDate: s.dueDate,
    })),
    (s) => s.issueId,
  );
  return rows.map((r) => {
    const own = (byIssue.get(r.id) ?? []).map(({ id, kind, stepDate, dueDate }) => ({
      id,
      kind,
      stepDate,
      dueDate,
    }));
    const { currentStep, isOpen } = summarizeLeaseIssue(own);
    return { ...r, steps: own, currentStep, isOpen };
  });
}
