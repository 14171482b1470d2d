import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'scripts/**/*.test.ts',
            'tests/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'node',
          include: ['renderer/src/**/*.test.ts'],
          setupFiles: ['renderer/src/test/setup-indexeddb.ts'],
          // Signing in and changing a PIN run 600,000 PBKDF2 rounds each; on a busy two-core machine a test
          // that signs in several people can take well over the 5 s default without anything being wrong.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
