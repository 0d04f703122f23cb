import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: fake browser (WXT), happy-dom by default. Dexie/Blob tests declare
// `// @vitest-environment node` (Blobs in fake-indexeddb lose data under happy-dom).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 20_000,
  },
});
