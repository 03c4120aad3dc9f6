import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/** The Vite config every portal shares: served under /<name>/, API proxied in development. */
export function portalViteConfig(name: 'staff' | 'tenant' | 'property', devPort: number): UserConfig {
  return defineConfig({
    base: `/${name}/`,
    plugins: [react()],
    server: {
      port: devPort,
      strictPort: true,
      proxy: { '/trpc': 'http://localhost:3000', '/favicon.svg': 'http://localhost:3000' },
    },
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  });
}
