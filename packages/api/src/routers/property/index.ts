import { router } from '../../trpc';
import { unitsRouter } from './units';
import { housingGrievancesRouter } from './grievances';
import { leaseIssuesRouter } from './lease-issues';
import { leasesRouter } from './leases';
import { propertiesRouter } from './properties';
import { repairsRouter } from './repairs';

export const propertyRouter = router({
  units: unitsRouter,
  properties: propertiesRouter,
  leases: leasesRouter,
  leaseIssues: leaseIssuesRouter,
  repairs: repairsRouter,
  grievances: housingGrievancesRouter,
});
