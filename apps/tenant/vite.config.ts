import { portalViteConfig } from '@hearth/ui/vite';

export default portalViteConfig('tenant', 5174);
