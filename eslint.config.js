import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ipcRestriction = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'IPC goes through the contract: only electron/ipc-main.ts and electron/preload.ts touch ipcMain/ipcRenderer.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', ipcRestriction],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/ipc-main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'fs', 'path', 'child_process', 'os', 'crypto'].map((name) => ({
            name,
            message: 'The renderer never touches Node or Electron; use the preload API.',
          })),
          patterns: [
            { regex: '^node:', message: 'The renderer never touches Node; use the preload API.' },
            { regex: '/build/', message: 'The renderer does not import the build tools.' },
            {
              regex: '/electron/(?!ipc-contract$|ipc-api$|ipc-checked-call$)',
              message: 'The renderer may import only the IPC contract, its checked call and the API types from electron/.',
            },
          ],
        },
      ],
    },
  },
);
