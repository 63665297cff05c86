import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `virtual:chart-validators` (the build's precompiled validators, see vite.config.ts) is empty in
  // tests: they compile validators with ajv at run time.
  plugins: [
    {
      name: 'chart-validators-in-tests',
      resolveId: (id: string) => (id === 'virtual:chart-validators' ? '\0virtual:chart-validators' : undefined),
      load: (id: string) => (id === '\0virtual:chart-validators' ? 'export const loaders = {};' : undefined),
    },
  ],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
