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
          // Repository tests derive keys at the production 600,000 PBKDF2 iterations; one that signs in five
          // people can outlast Vitest's 5 s default on a busy machine (it did, at a load of 6 on 2 cores).
          testTimeout: 30_000,
          include: ['renderer/src/**/*.test.ts'],
          setupFiles: ['renderer/src/test/setup-indexeddb.ts'],
        },
      },
    ],
  },
});
