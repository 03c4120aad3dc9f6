import { and, asc, eq } from 'drizzle-orm';
import {
  badInput,
  chronicAssessmentOfFile,
  found,
  notInFuture,
  stayOverlapRefusal,
  type TStayAddInput,
  type TStayListInput,
} from '@hearth/domain';
import { people } from '../../schema/people';
import { applications, homelessnessStays } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { findApplicationInScope, lockApplication } from './application-scope';
import { listDisabilityEvidence } from './disability';
import { listLivingSituations } from './homelessness';
import { staffScope, type StaffRequest, type StaffViewer } from './people';
import { one } from './rows';

/** The homelessness history: stays that never overlap, and the chronic assessment made from them. */

type HomelessEvidenceType = NonNullable<(typeof homelessnessStays.documentation.enumValues)[number]>;
type ThirdPartySource = NonNullable<(typeof homelessnessStays.source.enumValues)[number]>;
type StayLocation = (typeof homelessnessStays.location.enumValues)[number];

const stayColumns = {
  id: homelessnessStays.id,
  applicationId: homelessnessStays.applicationId,
  startDate: homelessnessStays.startDate,
  endDate: homelessnessStays.endDate,
  location: homelessnessStays.location,
  locationDescription: homelessnessStays.locationDescription,
  documentation: homelessnessStays.documentation,
  source: homelessnessStays.source,
  notes: homelessnessStays.notes,
};

export async function insertStay(
  db: Executor,
  params: {
    applicationId: string;
    startDate: string;
    endDate: string;
    location: StayLocation;
    locationDescription: string | null;
    documentation: HomelessEvidenceType | null;
    source: ThirdPartySource | null;
    notes: string | null;
    recordedByUserId: string;
  },
) {
  return one(await db.insert(homelessnessStays).values(params).returning(stayColumns));
}

export async function listStays(db: Executor, params: { applicationId: string }) {
  return db
    .select(stayColumns)
    .from(homelessnessStays)
    .where(eq(homelessnessStays.applicationId, params.applicationId))
    .orderBy(asc(homelessnessStays.startDate));
}

/** A stay whose application's person is in the viewer's scope, or null ("not found"). */
export async function findStayInScope(
  db: Executor,
  params: { viewer: StaffViewer; today: string; stayId: string },
) {
  const [row] = await db
    .select(stayColumns)
    .from(homelessnessStays)
    .innerJoin(applications, eq(applications.id, homelessnessStays.applicationId))
    .innerJoin(people, eq(people.id, applications.personId))
    .where(and(eq(homelessnessStays.id, params.stayId), staffScope(params.viewer, params.today)))
    .limit(1);
  return row ?? null;
}

export async function deleteStay(db: Executor, params: { stayId: string }) {
  await db.delete(homelessnessStays).where(eq(homelessnessStays.id, params.stayId));
}

/** staff.stays.add: adds a stay to the history; one overlapping another is refused. */
export async function addStay(db: Executor, params: StaffRequest & { input: TStayAddInput }) {
  const { viewer, today, input } = params;
  notInFuture('end', input.end, today);
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: input.applicationId }),
      'application',
    );
    await lockApplication(tx, { applicationId: application.id });
    const refusal = stayOverlapRefusal(await listStays(tx, { applicationId: application.id }), input);
    if (refusal) badInput('start', refusal);
    const stay = await insertStay(tx, {
      applicationId: application.id,
      startDate: input.start,
      endDate: input.end,
      location: input.location,
      locationDescription: input.locationDescription ?? null,
      documentation: input.documentation ?? null,
      source: input.source ?? null,
      notes: input.notes ?? null,
      recordedByUserId: viewer.userId,
    });
    await recordAudit(tx, params.actor, {
      action: 'stay.add',
      entityType: 'application',
      entityId: application.id,
      detail: { stayId: stay.id },
    });
    return stay;
  });
}

/** staff.stays.remove: a stay off the viewer's caseload is "not found", like one that is gone. */
export async function removeStay(db: Executor, params: StaffRequest & { stayId: string }) {
  const { viewer, today } = params;
  return db.transaction(async (tx) => {
    const stay = found(await findStayInScope(tx, { viewer, today, stayId: params.stayId }), 'stay');
    await deleteStay(tx, { stayId: stay.id });
    await recordAudit(tx, params.actor, {
      action: 'stay.remove',
      entityType: 'application',
      entityId: stay.applicationId,
      detail: { stayId: stay.id },
    });
    return { removed: stay.id };
  });
}

/**
 * staff.stays.list: the history and the chronic assessment made from it (with the current living
 * situation for the nights no stay covers), as of a date; audited.
 */
export async function listStaysWithChronic(db: Executor, params: StaffRequest & { input: TStayListInput }) {
  const { viewer, today, input } = params;
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: input.applicationId }),
      'application',
    );
    const [situations, stays, disability] = await Promise.all([
      listLivingSituations(tx, { applicationId: application.id }),
      listStays(tx, { applicationId: application.id }),
      listDisabilityEvidence(tx, { applicationId: application.id }),
    ]);
    const chronic = chronicAssessmentOfFile(
      { situations, stays, disability },
      input.asOfDate ?? application.applicationDate,
    );
    await recordAudit(tx, params.actor, {
      action: 'stay.read',
      entityType: 'application',
      entityId: application.id,
    });
    return { stays, chronic };
  });
}
