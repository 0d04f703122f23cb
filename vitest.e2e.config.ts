import { defineConfig } from 'vitest/config';

// Real-browser tests: headless Chromium with the built test extension (npm run build:test).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
