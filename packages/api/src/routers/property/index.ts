import { router } from '../../trpc';
import { unitsRouter } from './units';

export const propertyRouter = router({
  units: unitsRouter,
});
