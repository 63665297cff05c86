// The virtual module of the `chart-validators` Vite plugin (vite.config.ts): per chart id, a loader
// of its precompiled schema validator. Empty under the dev server and in tests (ajv compiles there).
declare module 'virtual:chart-validators' {
  import type { CompiledCheck } from '../../core/schemaIssues';

  export const loaders: Readonly<Record<string, () => Promise<{ default: CompiledCheck }>>>;
}
