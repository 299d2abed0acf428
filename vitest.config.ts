import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Test workers start after the global setup (same process) has written the test CA here; Node reads
// it at start-up, so they trust the test CA as an admin's PC trusts the company's internal CA. One
// file per vitest process: two runs at once each trust their own Dovecot.
process.env.NODE_EXTRA_CA_CERTS = path.resolve(import.meta.dirname, `.tmp/test-ca-${process.pid}.pem`);

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    // Each project is a test level: plain Node, the renderer in jsdom, a real Dovecot, a real Chromium.
    // The unit and renderer tests mirror src/ (test/core, test/main, test/cli, test/shared, test/renderer).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/{core,main,cli,shared,scripts,renderer}/**/*.test.ts'],
          environment: 'node',
          // Inlined, so that the tests' mocked `electron` reaches electron-store's import of it too.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/support/renderer-setup.tsx'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
