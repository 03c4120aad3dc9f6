import { portalViteConfig } from '@hearth/ui/vite';

export default portalViteConfig('property', 5175);
