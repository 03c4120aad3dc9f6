import '@hearth/ui/styles.css';
import { mountPortal, PortalShell, type PortalConfig } from '@hearth/ui';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomePage } from './pages/home';
import { NotFoundPage } from './pages/not-found';

export const TENANT: PortalConfig = {
  portal: 'tenant',
  title: 'Tenant portal',
  signInIntro: 'Your home, your goals and your rights, in one place.',
  nav: [{ to: '/', label: 'My home', end: true }],
};

mountPortal(
  <BrowserRouter basename="/tenant">
    <PortalShell config={TENANT}>
      {() => (
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </PortalShell>
  </BrowserRouter>,
);
