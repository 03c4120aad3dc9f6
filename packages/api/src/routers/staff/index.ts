import { router } from '../../trpc';
import { deadlinesRouter } from './deadlines';
import { grievancesRouter } from './grievances';
import { tenancyAlertsRouter } from './tenancy-alerts';
import { enrollmentRouter } from './enrollment';
import { moveInRouter } from './move-in';
import { rentRouter } from './rent';
import { determinationsRouter } from './determinations';
import { disabilityRouter } from './disability';
import { homelessnessRouter } from './homelessness';
import { packetRouter } from './packet';
import { staysRouter } from './stays';
import { peopleRouter } from './people';
import { unitsRouter } from './units';
import { assessmentsRouter } from './assessments';
import { warmHandoffsRouter } from './warm-handoffs';
import { linkagesRouter } from './linkages';
import { plansRouter } from './plans';
import { goalsRouter } from './goals';
import { goalProposalsRouter } from './goal-proposals';
import { harmReductionRouter } from './harm-reduction';
import { resourcesRouter } from './resources';
import { applicationsRouter } from './applications';
import { referralsRouter } from './referrals';
import { serviceHubsRouter } from './service-hubs';

export const staffRouter = router({
  people: peopleRouter,
  units: unitsRouter,
  warmHandoffs: warmHandoffsRouter,
  assessments: assessmentsRouter,
  plans: plansRouter,
  goals: goalsRouter,
  goalProposals: goalProposalsRouter,
  harmReduction: harmReductionRouter,
  resources: resourcesRouter,
  linkages: linkagesRouter,
  serviceHubs: serviceHubsRouter,
  referrals: referralsRouter,
  applications: applicationsRouter,
  homelessness: homelessnessRouter,
  stays: staysRouter,
  disability: disabilityRouter,
  determinations: determinationsRouter,
  packet: packetRouter,
  enrollment: enrollmentRouter,
  rent: rentRouter,
  moveIn: moveInRouter,
  deadlines: deadlinesRouter,
  tenancyAlerts: tenancyAlertsRouter,
  grievances: grievancesRouter,
});
