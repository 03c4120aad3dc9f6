import { defineConfig } from 'vitest/config';
import { reporters } from './tooling/vitest-reporters.ts';

export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
    reporters: reporters('unit'),
  },
});
