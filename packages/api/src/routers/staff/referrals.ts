import {
  assignToCaseload,
  createHouseholdWithHead,
  createServiceHub,
  findCurrentDetermination,
  findEnrollment,
  findPersonInScope,
  findReferralInScope,
  findServiceHub,
  findServiceHubByName,
  insertApplication,
  insertReferral,
  listEnrollmentMembers,
  listLivingSituations,
  listReferrals,
  listServiceHubs,
  setHouseholdStatus,
  updateServiceHub,
  writeAudit,
} from '@hearth/db';
import {
  ZApplicationIdInput,
  ZApplicationOpenInput,
  ZByPersonInput,
  ZReferralCreateInput,
  ZReferralListInput,
  ZServiceHubCreateInput,
  ZServiceHubListInput,
  ZServiceHubUpdateInput,
} from '@hearth/domain';
import { adminProcedure, router, staffProcedure } from '../../trpc';
import { requireApplication } from './intake-file';
import { badInput, conflict, notBefore, notFound, notInFuture, todayOf, viewerOf } from './guards';

export const serviceHubsRouter = router({
  list: staffProcedure
    .input(ZServiceHubListInput)
    .query(({ ctx, input }) =>
      listServiceHubs(ctx.db, { programId: ctx.user.programId, includeInactive: input?.includeInactive }),
    ),

  create: adminProcedure.input(ZServiceHubCreateInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      if (await findServiceHubByName(tx, { programId: ctx.user.programId, name: input.name })) {
        badInput('name', `a hub named "${input.name}" already exists`);
      }
      const hub = await createServiceHub(tx, { programId: ctx.user.programId, ...input });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'service_hub.create',
        entityType: 'service_hub',
        entityId: hub.id,
        ip: ctx.ip,
      });
      return hub;
    }),
  ),

  update: adminProcedure.input(ZServiceHubUpdateInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const { serviceHubId, ...changes } = input;
      if (changes.name) {
        const same = await findServiceHubByName(tx, { programId: ctx.user.programId, name: changes.name });
        if (same && same.id !== serviceHubId)
          badInput('name', `a hub named "${changes.name}" already exists`);
      }
      const hub = await updateServiceHub(tx, { programId: ctx.user.programId, serviceHubId, changes });
      if (!hub) notFound('service hub');
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'service_hub.update',
        entityType: 'service_hub',
        entityId: hub.id,
        detail: { fields: Object.keys(changes) },
        ip: ctx.ip,
      });
      return hub;
    }),
  ),
});

export const referralsRouter = router({
  /**
   * Records a CES referral. For someone new it creates the household and the person (status
   * 'referred') and puts them on the creating case manager's caseload.
   */
  create: staffProcedure.input(ZReferralCreateInput).mutation(({ ctx, input }) => {
    const today = todayOf(ctx);
    notInFuture('referralDate', input.referralDate, today);
    notInFuture('person.dateOfBirth', input.person?.dateOfBirth, today);
    return ctx.db.transaction(async (tx) => {
      const programId = ctx.user.programId;
      const hub = await findServiceHub(tx, { programId, serviceHubId: input.serviceHubId });
      if (!hub) notFound('service hub');
      if (!hub.isActive) badInput('serviceHubId', `${hub.name} is no longer active`);

      let personId: string;
      let householdId: string;
      const isNewPerson = !input.personId;
      if (input.personId) {
        const person = await findPersonInScope(tx, {
          viewer: viewerOf(ctx),
          today,
          personId: input.personId,
        });
        if (!person) notFound('person');
        if (person.status === 'tenant') conflict('This person is already a tenant of the program.');
        personId = person.id;
        householdId = person.householdId;
        if (person.status === 'exited') await setHouseholdStatus(tx, { householdId, status: 'referred' });
      } else {
        const created = await createHouseholdWithHead(tx, {
          programId,
          person: input.person!,
          status: 'referred',
        });
        personId = created.personId;
        householdId = created.householdId;
        await assignToCaseload(tx, { caseManagerId: ctx.user.id, personId, startDate: today });
      }
      const referral = await insertReferral(tx, {
        programId,
        personId,
        serviceHubId: hub.id,
        byNameListRank: input.byNameListRank,
        referralDate: input.referralDate,
        priorityPopulations: input.priorityPopulations,
        caseConferencingNotes: input.caseConferencingNotes,
        createdByUserId: ctx.user.id,
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'referral.create',
        entityType: 'referral',
        entityId: referral.id,
        detail: { personId, serviceHubId: hub.id, createdPerson: isNewPerson },
        ip: ctx.ip,
      });
      return { referralId: referral.id, personId, householdId };
    });
  }),

  list: staffProcedure.input(ZReferralListInput).query(({ ctx, input }) =>
    listReferrals(ctx.db, {
      viewer: viewerOf(ctx),
      today: todayOf(ctx),
      serviceHubId: input?.serviceHubId,
    }),
  ),

  byPerson: staffProcedure.input(ZByPersonInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const viewer = viewerOf(ctx);
      const today = todayOf(ctx);
      const person = await findPersonInScope(tx, { viewer, today, personId: input.personId });
      if (!person) notFound('person');
      const rows = await listReferrals(tx, { viewer, today, personId: person.id });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'referral.read',
        entityType: 'person',
        entityId: person.id,
        ip: ctx.ip,
      });
      return rows;
    }),
  ),
});

export const applicationsRouter = router({
  /** Opens the program application; there is no way to open one without a referral. */
  open: staffProcedure.input(ZApplicationOpenInput).mutation(({ ctx, input }) => {
    const today = todayOf(ctx);
    notInFuture('applicationDate', input.applicationDate, today);
    return ctx.db.transaction(async (tx) => {
      const referral = await findReferralInScope(tx, {
        viewer: viewerOf(ctx),
        today,
        referralId: input.referralId,
      });
      if (!referral) notFound('referral');
      if (referral.applicationId) conflict('An application is already open on this referral.');
      notBefore('applicationDate', input.applicationDate, referral.referralDate, 'the referral date');
      const application = await insertApplication(tx, {
        programId: ctx.user.programId,
        referralId: referral.id,
        personId: referral.personId,
        householdId: referral.householdId,
        applicationDate: input.applicationDate,
        requiresChronicHomelessness: input.requiresChronicHomelessness ?? false,
        openedByUserId: ctx.user.id,
      });
      if (referral.personStatus === 'referred') {
        await setHouseholdStatus(tx, { householdId: referral.householdId, status: 'applicant' });
      }
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'application.open',
        entityType: 'application',
        entityId: application.id,
        detail: { referralId: referral.id, personId: referral.personId },
        ip: ctx.ip,
      });
      return { applicationId: application.id };
    });
  }),

  /** The application at a glance: referral, latest situation, determination in force, enrollment. */
  get: staffProcedure.input(ZApplicationIdInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      const [situation] = await listLivingSituations(tx, { applicationId: application.id });
      const determination = await findCurrentDetermination(tx, { applicationId: application.id });
      const enrollment = await findEnrollment(tx, { applicationId: application.id });
      const members = enrollment ? await listEnrollmentMembers(tx, { enrollmentId: enrollment.id }) : [];
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'application.read',
        entityType: 'application',
        entityId: application.id,
        ip: ctx.ip,
      });
      return {
        application,
        latestSituation: situation ?? null,
        determination,
        enrollment: enrollment ? { ...enrollment, members } : null,
      };
    }),
  ),
});
