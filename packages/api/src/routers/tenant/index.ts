import { router } from '../../trpc';
import { profileRouter } from './profile';
import { tenantGoalsRouter } from './goals';
import {
  rightsRouter,
  tenantGrievancesRouter,
  tenantLeaseIssuesRouter,
  tenantLeaseRouter,
  tenantRepairsRouter,
} from './tenancy';

export const tenantRouter = router({
  profile: profileRouter,
  goals: tenantGoalsRouter,
  rights: rightsRouter,
  lease: tenantLeaseRouter,
  leaseIssues: tenantLeaseIssuesRouter,
  repairs: tenantRepairsRouter,
  grievances: tenantGrievancesRouter,
});
