import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { uiTextSelectors } from './build/lint/ui-text-rule.js';

const importsFirst = {
  selector: 'Program > :not(ImportDeclaration) ~ ImportDeclaration',
  message: 'Imports come first, before any other statement.',
};

/** Lint fixtures break the boundaries on purpose; tests/lint/boundaries.test.ts lints them one by one. */
const LINT_FIXTURES = 'tests/lint-fixtures/**';

const ipcRestriction = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message:
    'IPC goes through the contract: only electron/ipc-main.ts and electron/preload.ts touch ipcMain/ipcRenderer.',
};

const HAND_BUILT =
  'write the content in tests/fixtures/content/reader/ and read it compiled (tests/renderer/fixture-content.ts); a hand-built bundle drifts from what the compiler makes.';

/** A bundle parsed from an object literal, or a compiled document written by hand (a content hash beside its body). */
const handBuiltBundleSelectors = [
  {
    selector: "CallExpression[callee.object.name='bundleSchema'][callee.property.name='parse'] > ObjectExpression",
    message: `A hand-built bundle: ${HAND_BUILT}`,
  },
  {
    selector:
      "ObjectExpression:has(> Property[key.name='contentHash']):has(> Property[key.name=/^(html|toc|relations)$/])",
    message: `A hand-built compiled document: ${HAND_BUILT}`,
  },
];

/** A source folder's files and their stand-ins under the lint fixtures, which must obey the same settings. */
const within = (...globs) => globs.flatMap((glob) => [glob, `tests/lint-fixtures/${glob}`]);

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

/** Node's built-in modules by bare name, for folders that must run without Node. */
const noNodeBuiltins = (message) => nodeBuiltins.map((name) => ({ name, message }));

/** Browser globals that neither Node nor the language has: what code that must run outside a page may not touch. */
const domOnlyGlobals = Object.keys(globals.browser).filter(
  (name) => !(name in globals.node) && !(name in globals.es2024),
);

/**
 * The boundaries between the folders, one `no-restricted-imports` setting each (a later setting for a file replaces an
 * earlier one, so each lists everything that holds for its folder). ARCHITECTURE.md, "Boundaries that are enforced".
 */
const boundaries = [
  {
    name: 'boundary: the shell never imports the renderer',
    files: within('electron/**/*.ts'),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ipcRestriction],
          patterns: [
            { regex: '(^|/)renderer/', message: 'The shell never imports the renderer; share code through common/.' },
          ],
        },
      ],
    },
  },
  {
    name: 'boundary: the preload imports no Node module',
    files: within('electron/preload.ts'),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNodeBuiltins(
            'The preload runs sandboxed: it may import electron and the contract, never a Node module.',
          ),
          patterns: [
            {
              regex: '^node:',
              message: 'The preload runs sandboxed: it may import electron and the contract, never a Node module.',
            },
            { regex: '(^|/)renderer/', message: 'The shell never imports the renderer; share code through common/.' },
          ],
        },
      ],
    },
  },
  {
    name: 'boundary: the renderer imports nothing of the shell',
    files: within('renderer/**/*.{ts,tsx}'),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer never touches Electron; use the preload API.' },
            ...noNodeBuiltins('The renderer never touches Node; use the preload API.'),
          ],
          patterns: [
            { regex: '^node:', message: 'The renderer never touches Node; use the preload API.' },
            { regex: '(^|/)build/', message: 'The renderer does not import the build tools.' },
            {
              regex: '(^|/)electron/',
              message: 'The renderer imports nothing of the shell; the contract is in common/contract/.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'boundary: common code runs in both processes',
    files: within('common/**/*.ts'),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'common/ runs in both processes: no Electron.' },
            ...noNodeBuiltins('common/ runs in both processes: no Node modules.'),
          ],
          patterns: [
            { regex: '^node:', message: 'common/ runs in both processes: no Node modules.' },
            {
              regex: '(^|/)(renderer|electron|build)/',
              message: 'common/ imports only common/, content/model/ and zod.',
            },
            { regex: '^react', message: 'common/ runs in both processes: no React.' },
          ],
        },
      ],
    },
  },
  {
    name: 'boundary: content/model imports only zod',
    files: within('content/model/**/*.ts'),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$|\\./)', message: 'content/model imports only zod and its own files.' }] },
      ],
    },
  },
  {
    name: 'boundary: the search engine uses neither React nor the DOM',
    files: within('renderer/search/**/*.ts'),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The search engine runs in the worker, the compiler and the CLI: no Electron.',
            },
            ...noNodeBuiltins('The search engine runs in the worker too: no Node modules.'),
          ],
          patterns: [
            { regex: '^node:', message: 'The search engine runs in the worker too: no Node modules.' },
            { regex: '^react', message: 'The search engine runs in the worker, the compiler and the CLI: no React.' },
            {
              regex: '(^|/)(electron|build)/',
              message: 'The search engine imports only content/model and its own files.',
            },
            {
              regex: '^\\.\\./(?!\\.\\./content/model/)',
              message: 'The search engine imports only content/model and its own files.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...domOnlyGlobals.map((name) => ({
          name,
          message: 'The search engine runs in the compiler and the CLI too: no DOM globals.',
        })),
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**', LINT_FIXTURES] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { paths: [ipcRestriction] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: within('renderer/**/*.{ts,tsx}'),
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    name: 'type-aware rules on TypeScript',
    files: ['**/*.{ts,tsx}'],
    // docs/research holds stand-in scripts outside the type-checked projects.
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['docs/research/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A promise nobody awaits loses its rejection; mark a deliberate one with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    name: 'imports first',
    files: ['**/*.{js,ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', importsFirst] },
  },
  {
    // Issue 26: one fixture world. Tests read content compiled from tests/fixtures/content/ by the real compiler
    // (tests/renderer/fixture-content.ts), so a view is never tested on a document the compiler would not make.
    name: 'tests read compiled fixture content, not a hand-built bundle',
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', importsFirst, ...handBuiltBundleSelectors] },
  },
  {
    // One setting replaces another for a file, so renderer components list both restrictions.
    name: 'interface words come from renderer/texts/ (issue 22)',
    files: within('renderer/**/*.tsx'),
    rules: { 'no-restricted-syntax': ['error', importsFirst, ...uiTextSelectors] },
  },
  ...boundaries,
  {
    name: 'the two IPC files may touch ipcMain and ipcRenderer',
    files: ['electron/ipc-main.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
