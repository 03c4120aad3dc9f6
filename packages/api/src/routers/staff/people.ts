import { readPeopleListForStaff, readPersonForStaff } from '@hearth/db';
import { ZPeopleListInput, ZPersonByIdInput } from '@hearth/domain/identity';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

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
});
