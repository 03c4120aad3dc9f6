import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'domain', environment: 'node', setupFiles: ['./src/test-setup.ts'] },
});
