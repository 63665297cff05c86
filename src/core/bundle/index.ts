// Bundles and stacks: one import for the UI and the CLI.
//   buildBundle / zipBundle              the "Download bundle" zip of one configuration
//   evaluateStack / buildStackBundle     several releases wired together, and their bundle
//   stackBundleFileName                  the name to save a stack's zip under
//   importHelmfile / helmfileText        helmfile.yaml in and out
//   encodeStackLink / decodeStackFragment  one link for a whole stack
// "Download bundle" in a page, for example:
//   const link = encodeShareLink({ chart: chart.id, release, values }, { includeSecrets: false, schema: chart.schema });
//   const files = buildBundle({ chart, release, values }, { shareLink: location.origin + location.pathname + link.fragment, omittedSecrets: link.omittedSecrets });
//   save(new Blob([zipBundle(files)], { type: 'application/zip' }), bundleFileName(chart, release));
export {
  buildBundle, bundleFileName, bundleRefusal, bundleValuesText, isSafeEntryName, zipBundle, BundleRefused, SCHEMA_COMMENT,
  type BundleFiles, type BundleInput, type BundleOptions,
} from './bundle';
export { shellCommand, shellQuote } from './quoting';
export { chartSource, isPlainManifests, type ChartSource } from './chartSource';
export { chartJsonSchema, schemaFileText } from './schemaFile';
export { prerequisitesOf, type Prerequisite } from './prerequisites';
export { helmfileText } from './helmfileExport';
export { importHelmfile, matchChart, type HelmfileImportResult, type ImportIssue, type SkippedRelease } from './helmfileImport';
export type { BundleProblem, ReleasePlan } from './plan';
export {
  evaluateStack, bindingOptions, dependencyOrder, withoutBoundValues,
  type AppliedBinding, type ChartResolver, type Stack, type StackBinding, type StackEvaluation, type StackPreset, type StackRelease,
} from './stack';
export { buildStackBundle, stackBundleFileName, stackBundleFiles, wiringLines } from './stackBundle';
export { encodeStackLink, decodeStackFragment, STACK_ROUTE } from './stackLink';
export { consumersOf, providersOf, type ConsumerSpec, type ProviderContext, type ProviderSpec } from './wiringTypes';
export type { BindResult, Endpoint, EndpointKind, RedisEndpoint, ClientFacts } from './endpoints';
export type { Connection } from './crossRules';
