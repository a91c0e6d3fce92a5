import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'stream', 'zlib'];

/** What no Node code below the shell imports: Electron (only the thin shell) and the renderer. */
const nodeSeams = [
  {
    group: ['electron', 'electron/*'],
    message: 'Only the thin shell (main, preload, paths, security, ipc) imports Electron; pass what it owns in.',
  },
  { group: ['**/renderer/**'], message: 'Node code does not import the renderer.' },
];

/** The seams of the architecture, enforced: who may import what. */
export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'db/migrations/**', '.npm-cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      // Sanitising text for XML has to name control characters.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain-JS test fixtures run in Node.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer never imports Electron: use the ApiClient.' },
            { group: nodeBuiltins, message: 'The renderer runs in a sandboxed page: no Node modules.' },
            {
              group: ['**/db/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'The renderer reaches data only through the ApiClient.',
            },
            { group: ['**/electron/**'], message: 'The renderer does not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', ...nodeBuiltins, 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'shared/ runs in the browser and in Node: no platform imports.',
            },
            {
              group: ['**/db/**', '**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing but itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // Documents are pure: a model in, bytes out. Data is gathered by the services, files written by the caller.
    files: ['electron/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'Only the thin shell imports Electron.' },
            {
              group: nodeBuiltins,
              message: 'electron/documents/ does no I/O: return bytes, let the caller write them.',
            },
            {
              group: ['**/services/**', '**/db/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'electron/documents/ builds from a plain model; the services gather the data.',
            },
            { group: ['**/renderer/**'], message: 'Node code does not import the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // Main-only pure rules and types (what shared/ would hold if the renderer used it): no I/O, no data access.
    files: ['electron/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeSeams,
            { group: nodeBuiltins, message: 'electron/domain/ is pure: no I/O.' },
            {
              group: ['**/services/**', '**/db/**', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
              message: 'electron/domain/ holds pure rules; the services gather the data.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'db/**/*.ts',
      'electron/bridge/**/*.ts',
      'electron/cli.ts',
      'electron/cli-data.ts',
      'electron/app-context.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: nodeSeams }],
    },
  },
  {
    // SQL lives in db/ (repositories, seed, backup): services call those with ctx.db / ctx.sqlite and never
    // build a query or open a database file themselves.
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeSeams,
            {
              group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
              message:
                'electron/services/ does no SQL: put the query in db/repositories/ (types: AppDb, Sqlite from db/open).',
            },
          ],
        },
      ],
    },
  },
  {
    // better-sqlite3's `sqlite.transaction(fn)()` is DEFERRED: a second writer then fails with SQLITE_BUSY instead of
    // waiting out the busy timeout. Call `.immediate()` on it, or use `ctx.db.transaction` (IMMEDIATE, db/open.ts).
    files: ['electron/**/*.ts', 'db/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.type='CallExpression'][callee.callee.type='MemberExpression'][callee.callee.property.name='transaction']",
          message:
            'A raw transaction called directly is DEFERRED: call .immediate() on it (or use ctx.db.transaction).',
        },
      ],
    },
  },
);
