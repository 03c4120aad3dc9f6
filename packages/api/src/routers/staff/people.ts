import { TRPCError } from '@trpc/server';
import { findPersonForStaff, listPeopleForStaff, writeAudit } from '@hearth/db';
import { ZPeopleListInput, ZPersonByIdInput } from '@hearth/domain/identity';
import { staffProcedure, router } from '../../trpc';

export const peopleRouter = router({
  list: staffProcedure.input(ZPeopleListInput).query(({ ctx, input }) =>
    listPeopleForStaff(ctx.db, {
      viewer: { userId: ctx.user.id, role: ctx.user.role, programId: ctx.user.programId },
      today: ctx.today(),
      search: input?.search,
    }),
  ),

  byId: staffProcedure.input(ZPersonByIdInput).query(async ({ ctx, input }) => {
    const viewer = { userId: ctx.user.id, role: ctx.user.role, programId: ctx.user.programId };
    return ctx.db.transaction(async (tx) => {
      const person = await findPersonForStaff(tx, {
        viewer,
        today: ctx.today(),
        personId: input.personId,
      });
      // Outside the viewer's scope looks exactly like not existing.
      if (!person) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such person.' });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'person.read',
        entityType: 'person',
        entityId: person.id,
        ip: ctx.ip,
      });
      return person;
    });
  }),
});
