import { defineConfig } from 'vitest/config';
import { reporters } from '../vitest-reporters.ts';

// Browser journeys against a real server and Debian's Chromium. One file at a time: they share
// one server, and two Chromiums on two cores only slow each other down.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['src/**/*.e2e.ts'],
    globalSetup: ['./src/global-setup.ts'],
    fileParallelism: false,
    reporters: reporters('e2e'),
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
