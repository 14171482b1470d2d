// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ipcOnlyInWrappers = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'Use the typed wrappers in electron/main/ipc-main.ts and electron/preload/index.ts.',
    },
  ],
};

/**
 * Import boundaries for the renderer: no Electron or Node, and another feature only through its index.ts
 * (from inside a feature, a sibling is `../<feature>`; from elsewhere, `features/<feature>`). A feature may also
 * offer `startup.ts`: the part of it the first screen needs, kept small (profiles does).
 */
function rendererImportRules(isInsideFeature) {
  return {
    paths: [{ name: 'electron', message: 'The renderer reaches Electron only through its Platform.' }],
    patterns: [
      { group: ['**/electron/**'], message: 'The renderer never imports from electron/.' },
      { group: ['node:*'], message: 'The renderer cannot use Node APIs.' },
      {
        regex: 'features/[\\w-]+/(?!index$|startup$|test-api$)[\\w.-]+$',
        message: 'Use another feature only through its index.ts.',
      },
      ...(isInsideFeature
        ? [
            {
              regex: '^\\.\\./[\\w-]+/(?!index$|startup$|test-api$)[\\w.-]+$',
              message: 'Use another feature only through its index.ts.',
            },
          ]
        : []),
    ],
  };
}

export default tseslint.config(
  {
    ignores: ['node_modules/', '.tools/', 'dist/', 'release/', 'test-results/', 'playwright-report/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'bench/*.mjs', 'bench/lib/*.mjs'],
          // The plain .mjs scripts (no type-aware rules run on them) outnumber the default limit of 8.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 24,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-restricted-imports': ['error', ipcOnlyInWrappers],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark driver passes functions to page.evaluate, which run in the page.
    files: ['bench/run.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
            { group: ['node:*'], message: 'shared/ is pure: no Node APIs.' },
            { group: ['react', 'react-dom', 'dexie'], message: 'shared/ is pure: no DOM or storage.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ depends on nothing else.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'require',
        'localStorage',
        'indexedDB',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererImportRules(false)],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', rendererImportRules(true)] },
  },
  {
    // Cross-feature tests at the top of features/ (access.test.ts) call every repository directly.
    files: ['renderer/src/features/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', rendererImportRules(false)] },
  },
  {
    files: ['renderer/src/**/*.tsx', 'renderer/src/features/**/*.ts'],
    ignores: [
      'renderer/src/main.tsx',
      'renderer/src/**/*.repo.ts',
      'renderer/src/**/*.test.ts',
      'renderer/src/**/*.test.tsx',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/\\/db(\\/|$)/]',
          message: 'Components reach data through a feature repository (*.repo.ts), never the database.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...ipcOnlyInWrappers,
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/ipc-main.ts', 'electron/preload/index.ts', 'electron/**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
