import { listUnitsForPropertyManager } from '@hearth/db/property';
import { propertyProcedure, router } from '../../trpc';
import { viewerOf } from './viewer';

export const unitsRouter = router({
  list: propertyProcedure.query(({ ctx }) => listUnitsForPropertyManager(ctx.db, { viewer: viewerOf(ctx) })),
});
