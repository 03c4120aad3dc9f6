import '@hearth/ui/styles.css';
import { mountPortal, PortalShell, type PortalConfig } from '@hearth/ui';
import { BrowserRouter, Route, Routes } from 'react-router';
import { GrievancesPage } from './pages/grievances';
import { GoalsPage } from './pages/goals';
import { HomePage } from './pages/home';
import { LeaseIssuePage } from './pages/lease-issue';
import { LeaseIssuesPage } from './pages/lease-issues';
import { RepairsPage } from './pages/repairs';
import { RightsPage } from './pages/rights';
import { RightsTopicPage } from './pages/rights-topic';
import { NotFoundPage } from './pages/not-found';

export const TENANT: PortalConfig = {
  portal: 'tenant',
  title: 'Tenant portal',
  signInIntro: 'Your home, your goals and your rights, in one place.',
  nav: [
    { to: '/', label: 'My home', end: true },
    { to: '/goals', label: 'My goals' },
    { to: '/rights', label: 'My rights' },
    { to: '/lease-issues', label: 'Lease issues' },
    { to: '/repairs', label: 'Repairs' },
    { to: '/grievances', label: 'Grievances' },
  ],
};

mountPortal(
  <BrowserRouter basename="/tenant">
    <PortalShell config={TENANT}>
      {() => (
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/goals" element={<GoalsPage />} />
          <Route path="/rights" element={<RightsPage />} />
          <Route path="/rights/:topic" element={<RightsTopicPage />} />
          <Route path="/lease-issues" element={<LeaseIssuesPage />} />
          <Route path="/lease-issues/:issueId" element={<LeaseIssuePage />} />
          <Route path="/repairs" element={<RepairsPage />} />
          <Route path="/grievances" element={<GrievancesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </PortalShell>
  </BrowserRouter>,
);
