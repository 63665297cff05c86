import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layer boundaries (docs/ARCHITECTURE.md): src/core knows no chart, no UI and no CLI; src/engine,
// the lazily loaded any-chart chunk, imports nothing of ours outside itself. A relative import that
// climbs `depth + 1` folders from a file `depth` folders below src/<layer> leaves the layer, so the
// patterns are written per depth and name exactly those imports.
const MAX_DEPTH = 4;
const UP = (n) => `^(\\.\\./){${n}}`;
const filesAt = (layer, depth, name = '*.{ts,tsx}') => [`src/${layer}/${'*/'.repeat(depth)}${name}`];
const restrict = (regex, message) => ['error', { patterns: [{ regex, message }] }];

const layerBoundaries = Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => [
  {
    files: filesAt('core', depth),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        `${UP(depth + 1)}(charts|ui|cli|main)(/|\\.|$)`,
        'src/core is chart-agnostic: charts, the UI and the CLI import the core, never the other way round.',
      ),
    },
  },
  {
    // The core's tests may run it against the real chart registry (stacks, bundles, helmfiles with
    // bindings are integration tests of core + charts); the code they test still cannot import it.
    files: filesAt('core', depth, '*.test.ts'),
    rules: {
      'no-restricted-imports': restrict(`${UP(depth + 1)}(ui|cli|main)(/|\\.|$)`, 'src/core and its tests know no UI and no CLI.'),
    },
  },
  {
    files: filesAt('engine', depth),
    rules: {
      'no-restricted-imports': restrict(`${UP(depth + 1)}`, 'src/engine imports nothing of ours outside src/engine (it is its own lazily loaded chunk).'),
    },
  },
]).flat();

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report', '.*-tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerBoundaries,
);
