import { and, desc, eq, sql } from 'drizzle-orm';
import {
  determineFromFile,
  found,
  notBefore,
  notInFuture,
  type TDeterminationRecordInput,
} from '@hearth/domain';
import { users } from '../../schema/identity';
import { eligibilityDeterminations } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { findApplicationInScope, lockApplication } from './application-scope';
import { loadEligibilityFile } from './eligibility-file';
import type { StaffRequest } from './people';
import { findProgramPolicy } from './program';
import { one } from './rows';

/** Determinations: insert and read only. There is deliberately no update function. */

type EligibilityStatus = (typeof eligibilityDeterminations.status.enumValues)[number];

const determinationColumns = {
  id: eligibilityDeterminations.id,
  applicationId: eligibilityDeterminations.applicationId,
  supersedesId: eligibilityDeterminations.supersedesId,
  determinationDate: eligibilityDeterminations.determinationDate,
  status: eligibilityDeterminations.status,
  homelessCategories: eligibilityDeterminations.homelessCategories,
  disabilityVerificationDeadline: eligibilityDeterminations.disabilityVerificationDeadline,
  reasons: eligibilityDeterminations.reasons,
  policy: eligibilityDeterminations.policy,
  basis: eligibilityDeterminations.basis,
  notes: eligibilityDeterminations.notes,
  determinedByUserId: eligibilityDeterminations.determinedByUserId,
  determinedByName: sql<string>`(select ${users.displayName} from ${users} where ${users.id} = ${eligibilityDeterminations.determinedByUserId})`,
  determinedAt: eligibilityDeterminations.determinedAt,
};

// Written with the table name rather than the column: in a single-table select drizzle prints
// selected columns unqualified, which inside this subquery would mean `later.id`.
const isSuperseded = sql<boolean>`exists (
  select 1 from ${eligibilityDeterminations} as later
  where later.supersedes_id = ${eligibilityDeterminations}."id")`;

/** The determination in force: the one no other supersedes. */
export async function findCurrentDetermination(db: Executor, params: { applicationId: string }) {
  const [row] = await db
    .select(determinationColumns)
    .from(eligibilityDeterminations)
    .where(and(eq(eligibilityDeterminations.applicationId, params.applicationId), sql`not ${isSuperseded}`))
    .limit(1);
  return row ?? null;
}

/** Every determination of an application, the newest first, each marked superseded or not. */
export async function listDeterminations(db: Executor, params: { applicationId: string }) {
  return db
    .select({ ...determinationColumns, isSuperseded })
    .from(eligibilityDeterminations)
    .where(eq(eligibilityDeterminations.applicationId, params.applicationId))
    .orderBy(desc(eligibilityDeterminations.createdAt));
}

export async function insertDetermination(
  db: Executor,
  params: {
    applicationId: string;
    supersedesId: string | null;
    determinationDate: string;
    status: EligibilityStatus;
    homelessCategories: number[];
    disabilityVerificationDeadline: string | null;
    reasons: string[];
    policy: Record<string, unknown>;
    basis: Record<string, unknown>;
    notes: string | null;
    determinedByUserId: string;
    determinedAt: Date;
  },
) {
  return one(await db.insert(eligibilityDeterminations).values(params).returning(determinationColumns));
}

/**
 * staff.determinations.record: the eligibility determination from the file as it stands.
 * Determinations are never edited: recording again supersedes the one in force.
 */
export async function recordDetermination(
  db: Executor,
  params: StaffRequest & { input: TDeterminationRecordInput },
) {
  const { viewer, today, input } = params;
  notInFuture('determinationDate', input.determinationDate, today);
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: input.applicationId }),
      'application',
    );
    notBefore(
      'determinationDate',
      input.determinationDate,
      application.applicationDate,
      'the application date',
    );
    await lockApplication(tx, { applicationId: application.id });
    const policy = await findProgramPolicy(tx, { programId: application.programId });
    const file = await loadEligibilityFile(tx, { applicationId: application.id });
    const made = determineFromFile(
      file,
      {
        applicationDate: application.applicationDate,
        determinationDate: input.determinationDate,
        requiresChronicHomelessness: application.requiresChronicHomelessness,
      },
      policy,
    );
    const current = await findCurrentDetermination(tx, { applicationId: application.id });
    const determination = await insertDetermination(tx, {
      applicationId: application.id,
      supersedesId: current?.id ?? null,
      determinationDate: input.determinationDate,
      status: made.status,
      homelessCategories: made.homelessCategories,
      disabilityVerificationDeadline: made.disabilityVerificationDeadline,
      reasons: made.reasons,
      policy: { ...policy },
      basis: made.basis,
      notes: input.notes ?? null,
      determinedByUserId: viewer.userId,
      determinedAt: params.actor.at,
    });
    await recordAudit(tx, params.actor, {
      action: 'determination.record',
      entityType: 'application',
      entityId: application.id,
      detail: { determinationId: determination.id, status: made.status, supersedesId: current?.id ?? null },
    });
    return determination;
  });
}

/** staff.determinations.list: every determination of the application, newest first; audited. */
export async function readDeterminations(db: Executor, params: StaffRequest & { applicationId: string }) {
  const { viewer, today } = params;
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: params.applicationId }),
      'application',
    );
    const rows = await listDeterminations(tx, { applicationId: application.id });
    await recordAudit(tx, params.actor, {
      action: 'determination.read',
      entityType: 'application',
      entityId: application.id,
    });
    return rows;
  });
}
