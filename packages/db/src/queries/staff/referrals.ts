import { and, desc, eq, sql } from 'drizzle-orm';
import {
  badInput,
  conflict,
  found,
  householdStatusOnReferral,
  notInFuture,
  referralRefusal,
  type TReferralCreateInput,
} from '@hearth/domain';
import { people } from '../../schema/people';
import { applications, referrals, serviceHubs } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit, recordListRead } from '../core/audit';
import {
  assignToCaseload,
  createHouseholdWithHead,
  findPersonInScope,
  setHouseholdStatus,
} from './households';
import { staffScope, type StaffRequest, type StaffViewer } from './people';
import { one } from './rows';
import { findServiceHub } from './service-hubs';

/** CES referrals: the only way into the program. */

const referralColumns = {
  id: referrals.id,
  personId: referrals.personId,
  serviceHubId: referrals.serviceHubId,
  serviceHubName: serviceHubs.name,
  byNameListRank: referrals.byNameListRank,
  referralDate: referrals.referralDate,
  priorityPopulations: referrals.priorityPopulations,
  caseConferencingNotes: referrals.caseConferencingNotes,
  createdByUserId: referrals.createdByUserId,
  createdAt: referrals.createdAt,
};

export async function insertReferral(
  db: Executor,
  params: {
    programId: string;
    personId: string;
    serviceHubId: string;
    byNameListRank?: number | undefined;
    referralDate: string;
    priorityPopulations: string[];
    caseConferencingNotes?: string | undefined;
    createdByUserId: string;
  },
) {
  return one(
    await db
      .insert(referrals)
      .values({
        programId: params.programId,
        personId: params.personId,
        serviceHubId: params.serviceHubId,
        byNameListRank: params.byNameListRank ?? null,
        referralDate: params.referralDate,
        priorityPopulations: params.priorityPopulations,
        caseConferencingNotes: params.caseConferencingNotes ?? null,
        createdByUserId: params.createdByUserId,
      })
      .returning({ id: referrals.id }),
  );
}

const applicationIdOfReferral = sql<string | null>`(
  select ${applications.id} from ${applications} where ${applications.referralId} = ${referrals.id})`;

/** Referrals of the people in the viewer's scope, newest first. */
export async function listReferrals(
  db: Executor,
  params: {
    viewer: StaffViewer;
    today: string;
    serviceHubId?: string | undefined;
    personId?: string | undefined;
  },
) {
  const conditions = [
    staffScope(params.viewer, params.today),
    eq(referrals.programId, params.viewer.programId),
  ];
  if (params.serviceHubId) conditions.push(eq(referrals.serviceHubId, params.serviceHubId));
  if (params.personId) conditions.push(eq(referrals.personId, params.personId));
  return db
    .select({
      ...referralColumns,
      firstName: people.firstName,
      lastName: people.lastName,
      personStatus: people.status,
      applicationId: applicationIdOfReferral,
    })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .innerJoin(serviceHubs, eq(serviceHubs.id, referrals.serviceHubId))
    .where(and(...conditions))
    .orderBy(desc(referrals.referralDate), desc(referrals.createdAt));
}

/** A referral whose person is in the viewer's scope, or null ("not found"). */
export async function findReferralInScope(
  db: Executor,
  params: { viewer: StaffViewer; today: string; referralId: string },
) {
  const [row] = await db
    .select({
      ...referralColumns,
      householdId: people.householdId,
      personStatus: people.status,
      applicationId: applicationIdOfReferral,
    })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .innerJoin(serviceHubs, eq(serviceHubs.id, referrals.serviceHubId))
    .where(and(eq(referrals.id, params.referralId), staffScope(params.viewer, params.today)))
    .limit(1);
  return row ?? null;
}

/**
 * staff.referrals.create: records a CES referral. For someone new it creates the household and
 * the person (status 'referred') and puts them on the creating case manager's caseload.
 */
export async function createReferral(db: Executor, params: StaffRequest & { input: TReferralCreateInput }) {
  const { viewer, today, input } = params;
  notInFuture('referralDate', input.referralDate, today);
  notInFuture('person.dateOfBirth', input.person?.dateOfBirth, today);
  const programId = viewer.programId;
  return db.transaction(async (tx) => {
    const hub = found(
      await findServiceHub(tx, { programId, serviceHubId: input.serviceHubId }),
      'service hub',
    );
    if (!hub.isActive) badInput('serviceHubId', `${hub.name} is no longer active.`);

    let personId: string;
    let householdId: string;
    if (input.personId) {
      const person = found(
        await findPersonInScope(tx, { viewer, today, personId: input.personId }),
        'person',
      );
      const refusal = referralRefusal(person.status);
      if (refusal) conflict(refusal);
      personId = person.id;
      householdId = person.householdId;
      const status = householdStatusOnReferral(person.status);
      if (status) await setHouseholdStatus(tx, { householdId, status, at: params.actor.at });
    } else {
      if (!input.person) badInput('person', 'Give either an existing person or a new person.');
      const created = await createHouseholdWithHead(tx, {
        programId,
        person: input.person,
        status: 'referred',
      });
      personId = created.personId;
      householdId = created.householdId;
      await assignToCaseload(tx, { caseManagerId: viewer.userId, personId, startDate: today });
    }
    const referral = await insertReferral(tx, {
      programId,
      personId,
      serviceHubId: hub.id,
      byNameListRank: input.byNameListRank,
      referralDate: input.referralDate,
      priorityPopulations: input.priorityPopulations ?? [],
      caseConferencingNotes: input.caseConferencingNotes,
      createdByUserId: viewer.userId,
    });
    await recordAudit(tx, params.actor, {
      action: 'referral.create',
      entityType: 'referral',
      entityId: referral.id,
      detail: { personId, serviceHubId: hub.id, createdPerson: !input.personId },
    });
    return { referralId: referral.id, personId, householdId };
  });
}

/** staff.referrals.list: the referrals in the viewer's scope, by hub if asked (the read is audited). */
export async function readReferralList(
  db: Executor,
  params: StaffRequest & { serviceHubId?: string | undefined },
) {
  const rows = await listReferrals(db, params);
  await recordListRead(db, params.actor, { action: 'referral.list', personIds: rows.map((r) => r.personId) });
  return rows;
}

/** staff.referrals.byPerson: a person's referrals; the read is audited on the person. */
export async function listReferralsOfPerson(db: Executor, params: StaffRequest & { personId: string }) {
  const { viewer, today } = params;
  return db.transaction(async (tx) => {
    const person = found(await findPersonInScope(tx, { viewer, today, personId: params.personId }), 'person');
    const rows = await listReferrals(tx, { viewer, today, personId: person.id });
    await recordAudit(tx, params.actor, {
      action: 'referral.read',
      entityType: 'person',
      entityId: person.id,
    });
    return rows;
  });
}
