import '@hearth/ui/styles.css';
import { mountPortal, PortalShell, type PortalConfig } from '@hearth/ui';
import { BrowserRouter, Route, Routes } from 'react-router';
import { CaseloadPage } from './pages/caseload';
import { ResourcesPage } from './pages/resources';
import { NotFoundPage } from './pages/not-found';
import { PersonPage } from './pages/person';
import { AssessmentPage } from './pages/care/assessment';
import { EngagementPage } from './pages/care/engagement';
import { LinkagesPage } from './pages/care/linkages';
import { PlanPage } from './pages/care/plan';
import { ApplicationPage } from './pages/intake/application';
import { DeadlinesPage } from './pages/intake/deadlines';
import { NewReferralPage } from './pages/intake/new-referral';
import { PacketPage } from './pages/intake/packet';
import { TenancyAlertsPage } from './pages/tenancy/alerts';
import { AppealsPage } from './pages/tenancy/appeals';
import { GrievancesQueuePage } from './pages/tenancy/grievances';

export const STAFF: PortalConfig = {
  portal: 'staff',
  title: 'Staff portal',
  signInIntro: 'For case managers, supervisors and program admins.',
  nav: [
    { to: '/', label: 'Caseload', end: true },
    { to: '/referrals/new', label: 'New referral' },
    { to: '/deadlines', label: 'Deadlines' },
    {
      to: '/tenancy-alerts',
      label: 'Tenancy alerts',
      roles: ['case_manager', 'supervisor', 'program_admin'],
    },
    { to: '/grievances', label: 'Grievances', roles: ['supervisor', 'program_admin'] },
    { to: '/appeals', label: 'Appeals', roles: ['program_admin'] },
    { to: '/resources', label: 'Resources' },
  ],
};

mountPortal(
  <BrowserRouter basename="/staff">
    <PortalShell config={STAFF}>
      {(user) => (
        <Routes>
          <Route path="/" element={<CaseloadPage user={user} />} />
          <Route path="/resources" element={<ResourcesPage user={user} />} />
          <Route path="/people/:personId" element={<PersonPage />} />
          <Route path="/people/:personId/plan" element={<PlanPage />} />
          <Route path="/people/:personId/assessment" element={<AssessmentPage />} />
          <Route path="/people/:personId/engagement" element={<EngagementPage />} />
          <Route path="/people/:personId/linkages" element={<LinkagesPage />} />
          <Route path="/referrals/new" element={<NewReferralPage />} />
          <Route path="/applications/:applicationId" element={<ApplicationPage />} />
          <Route path="/applications/:applicationId/packet" element={<PacketPage />} />
          <Route path="/deadlines" element={<DeadlinesPage />} />
          <Route path="/tenancy-alerts" element={<TenancyAlertsPage />} />
          <Route path="/grievances" element={<GrievancesQueuePage />} />
          <Route path="/appeals" element={<AppealsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </PortalShell>
  </BrowserRouter>,
);
