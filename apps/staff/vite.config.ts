import { portalViteConfig } from '@hearth/ui/vite';

export default portalViteConfig('staff', 5173);
