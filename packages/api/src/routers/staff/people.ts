import { listPeopleForStaff, readPersonForStaff } from '@hearth/db';
import { ZPeopleListInput, ZPersonByIdInput } from '@hearth/domain/identity';
import { router, staffProcedure } from '../../trpc';
import { staffRequest, todayOf, viewerOf } from './guards';

export const peopleRouter = router({
  list: staffProcedure
    .input(ZPeopleListInput)
    .query(({ ctx, input }) =>
      listPeopleForStaff(ctx.db, { viewer: viewerOf(ctx), today: todayOf(ctx), search: input?.search }),
    ),

  /** Outside the viewer's scope looks exactly like not existing; every read is audited. */
  byId: staffProcedure
    .input(ZPersonByIdInput)
    .query(({ ctx, input }) =>
      readPersonForStaff(ctx.db, { ...staffRequest(ctx), personId: input.personId }),
    ),
});
