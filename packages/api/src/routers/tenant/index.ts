import { router } from '../../trpc';
import { profileRouter } from './profile';

export const tenantRouter = router({
  profile: profileRouter,
});
