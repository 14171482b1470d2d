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
        },
      },
    ],
  },
});
