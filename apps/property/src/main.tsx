import '@hearth/ui/styles.css';
import { mountPortal, PortalShell, type PortalConfig } from '@hearth/ui';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HousingGrievancesPage } from './pages/grievances';
import { LeaseIssuePage } from './pages/lease-issue';
import { LeaseIssuesPage } from './pages/lease-issues';
import { NewLeaseIssuePage } from './pages/new-lease-issue';
import { LeasePage } from './pages/lease';
import { LeasesPage } from './pages/leases';
import { NotFoundPage } from './pages/not-found';
import { RepairsPage } from './pages/repairs';
import { SettingsPage } from './pages/settings';
import { UnitsPage } from './pages/units';

export const PROPERTY: PortalConfig = {
  portal: 'property',
  title: 'Property portal',
  signInIntro: 'Units, leases and repairs for the properties you manage.',
  nav: [
    { to: '/', label: 'Units', end: true },
    { to: '/leases', label: 'Leases' },
    { to: '/lease-issues', label: 'Lease issues' },
    { to: '/repairs', label: 'Repairs' },
    { to: '/grievances', label: 'Grievances' },
    { to: '/settings', label: 'Settings' },
  ],
};

mountPortal(
  <BrowserRouter basename="/property">
    <PortalShell config={PROPERTY}>
      {() => (
        <Routes>
          <Route path="/" element={<UnitsPage />} />
          <Route path="/leases" element={<LeasesPage />} />
          <Route path="/leases/:leaseId" element={<LeasePage />} />
          <Route path="/lease-issues" element={<LeaseIssuesPage />} />
          <Route path="/lease-issues/new" element={<NewLeaseIssuePage />} />
          <Route path="/lease-issues/:issueId" element={<LeaseIssuePage />} />
          <Route path="/repairs" element={<RepairsPage />} />
          <Route path="/grievances" element={<HousingGrievancesPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </PortalShell>
  </BrowserRouter>,
);
