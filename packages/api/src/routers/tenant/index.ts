import { router } from '../../trpc';
import { profileRouter } from './profile';
import { tenantGoalsRouter } from './goals';
import { rightsRouter } from './rights';
import { tenantLeaseRouter } from './lease';
import { tenantLeaseIssuesRouter } from './lease-issues';
import { tenantRepairsRouter } from './repairs';
import { tenantGrievancesRouter } from './grievances';

export const tenantRouter = router({
  profile: profileRouter,
  goals: tenantGoalsRouter,
  rights: rightsRouter,
  lease: tenantLeaseRouter,
  leaseIssues: tenantLeaseIssuesRouter,
  repairs: tenantRepairsRouter,
  grievances: tenantGrievancesRouter,
});
