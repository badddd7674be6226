// Lint: TypeScript rules plus the folder boundaries of DESIGN.md ("an arrow means may import").
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Which folder may import which (the design's arrows). Anything not listed is refused. */
export const ALLOWED_IMPORTS = {
  core: ['core'],
  db: ['db', 'core'],
  services: ['services', 'db', 'core'],
  main: ['main', 'services', 'db', 'core'],
  preload: ['preload', 'core'],
  renderer: ['renderer', 'core'],
  server: ['server', 'services', 'db', 'core'],
  e2e: ['e2e', 'core', 'db'],
  bench: ['bench', 'server', 'services', 'db', 'core'],
};

/** core runs everywhere (main, server, renderer): only small pure libraries. */
const CORE_PACKAGES = ['zod', 'luxon', 'rrule', 'uuid'];

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'data/**', 'docs/**', 'assets/**', 'scripts/lint-fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries, 'react-hooks': reactHooks },
    settings: {
      'boundaries/elements': Object.keys(ALLOWED_IMPORTS).map((type) => ({ type, pattern: type })),
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        2,
        {
          default: 'disallow',
          policies: Object.entries(ALLOWED_IMPORTS).map(([from, to]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: to } } } },
          })),
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts', 'core/**/testkit.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!(${CORE_PACKAGES.join('|')})(/|$)|\\.)`,
              message: `core/ is pure and runs everywhere: it may import only ${CORE_PACKAGES.join(', ')} and other core files.`,
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'core/ runs in the renderer too: pass settings in.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The clock is passed in (ctx.now); never read it in core/.' },
      ],
    },
  },
  {
    // Cross-transport tests drive the IPC adapter (with a fake ipcMain) beside the HTTP server.
    files: ['server/**/*.test.ts'],
    rules: {
      'boundaries/dependencies': [
        2,
        {
          default: 'disallow',
          policies: [{ from: { element: { type: 'server' } }, allow: { to: { element: { types: { anyOf: ['server', 'services', 'db', 'core', 'main'] } } } } }],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests read loosely typed JSON answers; production code may not.
    files: ['**/*.test.{ts,tsx}', '**/testServer.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['server/cli.ts', 'scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
