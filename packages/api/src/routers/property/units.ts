import { ZUnitContractRentInput } from '@hearth/domain';
import { listUnitsForPropertyManager, setUnitContractRent } from '@hearth/db/property';
import { actorOf } from '../../actor';
import { propertyProcedure, router } from '../../trpc';
import { viewerOf } from './viewer';

export const unitsRouter = router({
  list: propertyProcedure.query(({ ctx }) => listUnitsForPropertyManager(ctx.db, { viewer: viewerOf(ctx) })),
  setContractRent: propertyProcedure
    .input(ZUnitContractRentInput)
    .mutation(({ ctx, input }) =>
      setUnitContractRent(ctx.db, { actor: actorOf(ctx), viewer: viewerOf(ctx), input }),
    ),
});
