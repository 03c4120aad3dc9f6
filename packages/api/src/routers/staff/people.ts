import {
  listCaseManagers,
  readPeopleListForStaff,
  reassignCaseManager,
  readPersonForStaff,
} from '@hearth/db';
import { ZCaseloadReassignInput, ZPeopleListInput, ZPersonByIdInput } from '@hearth/domain/identity';
import { router, staffProcedure } from '../../trpc';
import { staffRequest, viewerOf } from './guards';

export const peopleRouter = router({
  list: staffProcedure
    .input(ZPeopleListInput)
    .query(({ ctx, input }) =>
      readPeopleListForStaff(ctx.db, { ...staffRequest(ctx), search: input?.search }),
    ),

  /** Outside the viewer's scope looks exactly like not existing; every read is audited. */
  byId: staffProcedure
    .input(ZPersonByIdInput)
    .query(({ ctx, input }) =>
      readPersonForStaff(ctx.db, { ...staffRequest(ctx), personId: input.personId }),
    ),

  /** The program's case managers, to choose a new one (supervisors and program admins). */
  caseManagers: staffProcedure.query(({ ctx }) => listCaseManagers(ctx.db, { viewer: viewerOf(ctx) })),

  /** A supervisor or program admin assigns a new case manager (audited); a case manager cannot. */
  reassignCaseManager: staffProcedure
    .input(ZCaseloadReassignInput)
    .mutation(({ ctx, input }) => reassignCaseManager(ctx.db, { ...staffRequest(ctx), input })),
});
