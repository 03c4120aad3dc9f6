import { and, desc, eq, type SQL } from 'drizzle-orm';
import { found, isLeaseIssueVisibleToTenant, type TLeaseIssueRespondInput } from '@hearth/domain';
import { leaseIssueResponses, leaseIssues } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import { loadWithSteps, responsesForIssue } from '../property/lease-issues';
import { findTenantHome, type TenantViewer } from './home';

/** Lease issues of the tenant's own household, as the tenant sees them: only once told about them. */

async function visibleIssues(db: Executor, viewer: TenantViewer, where?: SQL) {
  const home = found(await findTenantHome(db, viewer.personId), 'tenant record');
  const rows = await db
    .select({
      id: leaseIssues.id,
      type: leaseIssues.type,
      occurredOn: leaseIssues.occurredOn,
      description: leaseIssues.description,
    })
    .from(leaseIssues)
    .where(and(eq(leaseIssues.householdId, home.householdId), where))
    .orderBy(desc(leaseIssues.occurredOn));
  // A household has a handful of issues: the visibility rule is the domain's, applied to each.
  return (await loadWithSteps(db, rows)).filter((issue) => isLeaseIssueVisibleToTenant(issue.steps));
}

export async function listLeaseIssuesForTenant(db: Executor, params: { viewer: TenantViewer }) {
  return visibleIssues(db, params.viewer);
}

export async function findLeaseIssueForTenant(
  db: Executor,
  params: { viewer: TenantViewer; issueId: string },
) {
  const [issue] = await visibleIssues(db, params.viewer, eq(leaseIssues.id, params.issueId));
  if (!issue) return null;
  return { ...issue, responses: await responsesForIssue(db, issue.id) };
}

export async function respondToLeaseIssue(
  db: Executor,
  params: { actor: Actor; viewer: TenantViewer; input: TLeaseIssueRespondInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const [issue] = await visibleIssues(tx, viewer, eq(leaseIssues.id, input.issueId));
    const { id } = found(issue, 'lease issue');
    const [r] = await tx
      .insert(leaseIssueResponses)
      .values({ issueId: id, authorUserId: viewer.userId, body: input.body })
      .returning({ id: leaseIssueResponses.id });
    await recordAudit(tx, actor, {
      action: 'lease_issue.respond',
      entityType: 'lease_issue',
      entityId: id,
      detail: { responseId: r!.id },
    });
    return { responseId: r!.id };
  });
}
