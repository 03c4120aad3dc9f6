import '@hearth/ui/styles.css';
import { mountPortal, PortalShell, type PortalConfig } from '@hearth/ui';
import { BrowserRouter, Route, Routes } from 'react-router';
import { NotFoundPage } from './pages/not-found';
import { UnitsPage } from './pages/units';

export const PROPERTY: PortalConfig = {
  portal: 'property',
  title: 'Property portal',
  signInIntro: 'Units, leases and repairs for the properties you manage.',
  nav: [{ to: '/', label: 'Units', end: true }],
};

mountPortal(
  <BrowserRouter basename="/property">
    <PortalShell config={PROPERTY}>
      {() => (
        <Routes>
          <Route path="/" element={<UnitsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      )}
    </PortalShell>
  </BrowserRouter>,
);
