import { defineConfig } from 'vitest/config';

// Real-browser tests in Firefox (ESR): the built Firefox test extension (npm run build:test:firefox)
// installed as a temporary add-on, driven over WebDriver BiDi.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/firefox/**/*.firefox.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
