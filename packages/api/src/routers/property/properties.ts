import { ZPropertySettingsInput } from '@hearth/domain';
import { listPropertySettings, updatePropertySettings } from '@hearth/db/property';
import { actorOf } from '../../actor';
import { propertyProcedure, router } from '../../trpc';
import { viewerOf } from './viewer';

/** The settings of the properties a manager keeps: entry notice and the emergency maintenance number. */
export const propertiesRouter = router({
  list: propertyProcedure.query(({ ctx }) => listPropertySettings(ctx.db, { viewer: viewerOf(ctx) })),
  updateSettings: propertyProcedure
    .input(ZPropertySettingsInput)
    .mutation(({ ctx, input }) =>
      updatePropertySettings(ctx.db, { actor: actorOf(ctx), viewer: viewerOf(ctx), input }),
    ),
});
