import { defineProject } from 'vitest/config';

// Property tests run hundreds of cases: on a busy 2-core machine one can take longer than 5 s.
export default defineProject({
  test: { name: 'domain', environment: 'node', setupFiles: ['./src/test-setup.ts'], testTimeout: 60_000 },
});
