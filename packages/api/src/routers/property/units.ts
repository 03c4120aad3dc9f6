import { listUnitsForPropertyManager } from '@hearth/db/property';
import { propertyProcedure, router } from '../../trpc';

export const unitsRouter = router({
  list: propertyProcedure.query(({ ctx }) => listUnitsForPropertyManager(ctx.db, { userId: ctx.user.id })),
});
