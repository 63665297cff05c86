// The virtual module of scripts/build-cli.ts: per curated chart id, its schema validator precompiled
// by ajv at build time, its module evaluated on the first call. Exists only in the built command.
declare module 'virtual:cli-validators' {
  import type { CompiledCheck } from '../core/schemaIssues';

  export const precompiled: Readonly<Record<string, () => CompiledCheck>>;
}
