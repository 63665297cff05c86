// Monaco, bundled locally: the bare editor plus only the contributions our two editors use, YAML
// highlighting, monaco-yaml for schema completion/hover/validation, and workers built by Vite.
// Imported only by the lazily loaded editor components, so the first paint never waits for it.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/toggleTabFocusMode/register'; // Ctrl+M: Tab moves focus out of the values editor
// features/suggest/register only adds inline completions; the suggest widget lives here.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/languages/definitions/yaml/register';
import { configureMonacoYaml } from 'monaco-yaml';
import type { JSONSchema, MonacoYaml, MonacoYamlOptions } from 'monaco-yaml';
import { schemaForValuesFile } from './valuesSchema';
import { currentScheme, onSchemeChange, type Scheme } from '../colorScheme';
import { MONO_FONTS } from '../theme';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import YamlWorker from 'monaco-yaml/yaml.worker?worker';

export { monaco };

self.MonacoEnvironment = {
  getWorker() {
    return new EditorWorker();
  },
};

/** What monaco-worker-manager 2 (inside monaco-yaml 5) passes to `editor.createWebWorker`. */
interface LegacyWorkerOptions {
  label?: string;
  moduleId?: string;
  createData?: unknown;
  host?: Record<string, (...args: unknown[]) => unknown>;
  keepIdleModels?: boolean;
}

/**
 * Since Monaco 0.55 `editor.createWebWorker` wants a ready `worker` and no longer sends
 * `createData`, so monaco-yaml 5.5's worker manager fails ("reading 'label'") and every YAML
 * feature silently falls back to nothing (monaco-yaml issue #272). Monaco's own language workers
 * start with two messages, a wake-up and then the create data; the YAML worker expects the same,
 * so this adapter starts it that way and hands the worker over.
 */
function createYamlWebWorker(opts: LegacyWorkerOptions) {
  const worker = new YamlWorker({ name: opts.label ?? 'yaml' });
  worker.postMessage('ignore');
  worker.postMessage(opts.createData);
  return monaco.editor.createWebWorker({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels });
}

/** The Monaco API as monaco-yaml sees it: the same, except for how its worker is created. */
const monacoForYaml = {
  ...monaco,
  editor: Object.assign(Object.create(monaco.editor) as typeof monaco.editor, { createWebWorker: createYamlWebWorker }),
};

/** Colours of MUI's default light palette, so the editors sit in the page without a seam. */
export const THEME = 'configurator-light';
monaco.editor.defineTheme(THEME, {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '6b6b6b', fontStyle: 'italic' },
    { token: 'type', foreground: '1565c0' },
    { token: 'string', foreground: '2e7d32' },
    { token: 'number', foreground: 'c62828' },
    { token: 'keyword', foreground: '7b1fa2' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editor.foreground': '#212121',
    'editor.lineHighlightBackground': '#1976d20d',
    'editor.lineHighlightBorder': '#00000000',
    'editor.selectionBackground': '#1976d233',
    'editor.inactiveSelectionBackground': '#1976d21f',
    // Line numbers at 4.5:1 or more (axe color-contrast); Monaco's own grey is 2.7:1.
    'editorLineNumber.foreground': '#00000099',
    'editorLineNumber.activeForeground': '#1976d2',
    'editorCursor.foreground': '#1976d2',
    'focusBorder': '#1976d2',
    'editorError.foreground': '#d32f2f',
    'editorWarning.foreground': '#ed6c02',
    'editorInfo.foreground': '#0288d1',
    'editorWidget.border': '#0000001f',
    'editorSuggestWidget.selectedBackground': '#1976d21f',
  },
});

/** The same for the dark scheme (MUI's dark palette, paper as the background). */
export const DARK_THEME = 'configurator-dark';
monaco.editor.defineTheme(DARK_THEME, {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '9e9e9e', fontStyle: 'italic' },
    { token: 'type', foreground: '90caf9' },
    { token: 'string', foreground: 'a5d6a7' },
    { token: 'number', foreground: 'ef9a9a' },
    { token: 'keyword', foreground: 'ce93d8' },
  ],
  colors: {
    'editor.background': '#171c21',
    'editor.foreground': '#e6e6e6',
    'editor.lineHighlightBackground': '#90caf914',
    'editor.lineHighlightBorder': '#00000000',
    'editor.selectionBackground': '#90caf940',
    'editor.inactiveSelectionBackground': '#90caf926',
    'editorLineNumber.foreground': '#ffffff8c',
    'editorLineNumber.activeForeground': '#90caf9',
    'editorCursor.foreground': '#90caf9',
    'focusBorder': '#90caf9',
    'editorError.foreground': '#f44336',
    'editorWarning.foreground': '#ffa726',
    'editorInfo.foreground': '#29b6f6',
    'editorWidget.border': '#ffffff1f',
    'editorSuggestWidget.selectedBackground': '#90caf926',
  },
});

const themeFor = (scheme: Scheme) => (scheme === 'dark' ? DARK_THEME : THEME);
// Monaco's theme is one for the page: switch it with the page's scheme.
onSchemeChange((scheme) => monaco.editor.setTheme(themeFor(scheme)));

/** Options both editors share. */
export const BASE_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  // A getter: an editor created later must take the scheme in force then, not at load time.
  get theme() {
    return themeFor(currentScheme());
  },
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 13,
  fontFamily: MONO_FONTS,
  tabSize: 2,
  insertSpaces: true,
  renderWhitespace: 'none',
  fixedOverflowWidgets: true,
};

/**
 * The preview gets its own language id with the same YAML highlighting: monaco-yaml registers
 * validation, folding and symbols for every `yaml` model through its worker, which a read-only
 * 60 KB preview does not need on each update (indentation folding is synchronous and enough).
 */
export const PREVIEW_LANGUAGE = 'manifest-yaml';
monaco.languages.register({ id: PREVIEW_LANGUAGE, aliases: ['Kubernetes manifests'] });
monaco.languages.onLanguage(PREVIEW_LANGUAGE, () => {
  void import('monaco-editor/languages/definitions/yaml/yaml').then(({ conf, language }) => {
    monaco.languages.setLanguageConfiguration(PREVIEW_LANGUAGE, conf);
    monaco.languages.setMonarchTokensProvider(PREVIEW_LANGUAGE, language);
  });
});

const YAML_OPTIONS: MonacoYamlOptions = {
  enableSchemaRequest: false,
  completion: true,
  hover: true,
  validate: true,
  format: { enable: true },
  isKubernetes: false,
};

// monaco-yaml allows one configured instance: every values editor adds its chart's schema to it.
let monacoYaml: MonacoYaml | undefined;
const schemas = new Map<string, { source: object; schema: JSONSchema }>();

/** The model URI of a chart's values editor; monaco-yaml applies that chart's schema to it. */
export function valuesModelUri(schemaId: string): monaco.Uri {
  return monaco.Uri.parse(`file:///values/${encodeURIComponent(schemaId)}.yaml`);
}

/**
 * Registers (or replaces) the JSON schema used for `valuesModelUri(schemaId)`. Registering the
 * same schema object again does nothing: a new schema restarts the YAML worker.
 */
export function registerValuesSchema(schemaId: string, schema: object): Promise<unknown> {
  if (monacoYaml && schemas.get(schemaId)?.source === schema) return Promise.resolve();
  schemas.set(schemaId, { source: schema, schema: schemaForValuesFile(schema) });
  const options: MonacoYamlOptions = {
    ...YAML_OPTIONS,
    schemas: [...schemas].map(([id, { schema: s }]) => ({
      // Hover tooltips name the schema by the last path segment: "values.schema.json".
      uri: `inmemory://schemas/${encodeURIComponent(id)}/values.schema.json`,
      fileMatch: [valuesModelUri(id).toString()],
      schema: s,
    })),
  };
  if (!monacoYaml) {
    monacoYaml = configureMonacoYaml(monacoForYaml as unknown as typeof monaco, options);
    return Promise.resolve();
  }
  return monacoYaml.update(options);
}
