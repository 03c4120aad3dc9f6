import '@hearth/ui/styles.css';
import { mountPortal, PortalShell, type PortalConfig } from '@hearth/ui';
import { BrowserRouter, Route, Routes } from 'react-router';
import { CaseloadPage } from './pages/caseload';
import { NotFoundPage } from './pages/not-found';
import { PersonPage } from './pages/person';

export const STAFF: PortalConfig = {
  portal: 'staff',
  title: 'Staff portal',
  signInIntro: 'For case managers, supervisors and program admins.',
  nav: [{ to: '/', label: 'Caseload', end: true }],
};

mountPortal(
  <BrowserRouter basename="/staff">
    <PortalShell config={STAFF}>
      {(user) => (
        <Routes>
          <Route path="/" element={<CaseloadPage user={user} />} />
          <Route path="/people/:personId" element={<PersonPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </PortalShell>
  </BrowserRouter>,
);
