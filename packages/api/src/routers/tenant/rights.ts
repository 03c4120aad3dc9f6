import { ZRightsAcknowledgeInput } from '@hearth/domain';
import { acknowledgeRights, listRightsAcknowledgements } from '@hearth/db';
import { actorOf } from '../../actor';
import { router, tenantProcedure } from '../../trpc';
import { viewerOf } from './viewer';

export const rightsRouter = router({
  acknowledgements: tenantProcedure.query(({ ctx }) =>
    listRightsAcknowledgements(ctx.db, { viewer: viewerOf(ctx) }),
  ),
  acknowledge: tenantProcedure.input(ZRightsAcknowledgeInput).mutation(({ ctx, input }) =>
    acknowledgeRights(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      today: ctx.today(),
      topic: input.topic,
    }),
  ),
});
