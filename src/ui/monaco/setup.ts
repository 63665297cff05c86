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

/** What tells the light and dark editor themes apart; the theme's layout is written once below. */
interface EditorPalette {
  base: 'vs' | 'vs-dark';
  /** Token colours (hex without `#`, as Monaco's rules want them). */
  tokens: Record<'comment' | 'type' | 'string' | 'number' | 'keyword', string>;
  /** Editor colours: page background and text, the accent (cursor, focus, active line number). */
  surface: { background: string; foreground: string; accent: string; border: string; lineNumber: string };
  /** Accent tints: current line, selection, unfocused selection (also the chosen suggestion). */
  tints: { line: string; selection: string; inactive: string };
  marks: { error: string; warning: string; info: string };
}

function defineEditorTheme(name: string, { base, tokens, surface, tints, marks }: EditorPalette): void {
  const tokenNames = ['type', 'string', 'number', 'keyword'] as const;
  monaco.editor.defineTheme(name, {
    base,
    inherit: true,
    rules: [
      { token: 'comment', foreground: tokens.comment, fontStyle: 'italic' },
      ...tokenNames.map((token) => ({ token, foreground: tokens[token] })),
    ],
    colors: {
      'editor.background': surface.background,
      'editor.foreground': surface.foreground,
      'editor.lineHighlightBackground': tints.line,
      'editor.lineHighlightBorder': '#00000000',
      'editor.selectionBackground': tints.selection,
      'editor.inactiveSelectionBackground': tints.inactive,
      'editorLineNumber.foreground': surface.lineNumber,
      'editorLineNumber.activeForeground': surface.accent,
      'editorCursor.foreground': surface.accent,
      'focusBorder': surface.accent,
      'editorError.foreground': marks.error,
      'editorWarning.foreground': marks.warning,
      'editorInfo.foreground': marks.info,
      'editorWidget.border': surface.border,
      'editorSuggestWidget.selectedBackground': tints.inactive,
    },
  });
}

/** Colours of MUI's default light palette, so the editors sit in the page without a seam. */
export const THEME = 'configurator-light';
defineEditorTheme(THEME, {
  base: 'vs',
  tokens: { comment: '6b6b6b', type: '1565c0', string: '2e7d32', number: 'c62828', keyword: '7b1fa2' },
  // Line numbers at 4.5:1 or more (axe color-contrast); Monaco's own grey is 2.7:1.
  surface: { background: '#ffffff', foreground: '#212121', accent: '#1976d2', border: '#0000001f', lineNumber: '#00000099' },
  tints: { line: '#1976d20d', selection: '#1976d233', inactive: '#1976d21f' },
  marks: { error: '#d32f2f', warning: '#ed6c02', info: '#0288d1' },
});

/** The same for the dark scheme (MUI's dark palette, paper as the background). */
export const DARK_THEME = 'configurator-dark';
defineEditorTheme(DARK_THEME, {
  base: 'vs-dark',
  tokens: { comment: '9e9e9e', type: '90caf9', string: 'a5d6a7', number: 'ef9a9a', keyword: 'ce93d8' },
  surface: { background: '#171c21', foreground: '#e6e6e6', accent: '#90caf9', border: '#ffffff1f', lineNumber: '#ffffff8c' },
  tints: { line: '#90caf914', selection: '#90caf940', inactive: '#90caf926' },
  marks: { error: '#f44336', warning: '#ffa726', info: '#29b6f6' },
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

// monaco-yaml allows one configured instance: every editor with a schema adds it to this one list
// (a values editor per chart, the volumes / volumeMounts editors per kind and Kubernetes version).
let monacoYaml: MonacoYaml | undefined;
interface SchemaEntry {
  /** What the caller passed: the same object again changes nothing. */
  source: object;
  schema: JSONSchema;
  /** Hover tooltips name the schema by the URI's last path segment. */
  uri: string;
  /** Glob over model URIs (one URI, or `*` for a family of models). */
  fileMatch: string;
}
const schemas = new Map<string, SchemaEntry>();

/** The model URI of a chart's values editor; monaco-yaml applies that chart's schema to it. */
export function valuesModelUri(schemaId: string): monaco.Uri {
  return monaco.Uri.parse(`file:///values/${encodeURIComponent(schemaId)}.yaml`);
}

function putSchema(key: string, entry: SchemaEntry): Promise<unknown> {
  if (monacoYaml && schemas.get(key)?.source === entry.source) return Promise.resolve();
  schemas.set(key, entry);
  const options: MonacoYamlOptions = {
    ...YAML_OPTIONS,
    schemas: [...schemas.values()].map(({ uri, fileMatch, schema }) => ({ uri, fileMatch: [fileMatch], schema })),
  };
  if (!monacoYaml) {
    monacoYaml = configureMonacoYaml(monacoForYaml as unknown as typeof monaco, options);
    return Promise.resolve();
  }
  return monacoYaml.update(options);
}

/**
 * Registers (or replaces) the JSON schema used for `valuesModelUri(schemaId)`. Registering the
 * same schema object again does nothing: a new schema restarts the YAML worker.
 */
export function registerValuesSchema(schemaId: string, schema: object): Promise<unknown> {
  const known = schemas.get(`values:${schemaId}`);
  if (monacoYaml && known?.source === schema) return Promise.resolve();
  return putSchema(`values:${schemaId}`, {
    source: schema,
    schema: schemaForValuesFile(schema),
    uri: `inmemory://schemas/${encodeURIComponent(schemaId)}/values.schema.json`,
    fileMatch: valuesModelUri(schemaId).toString(),
  });
}

/**
 * The URI of one small YAML editor whose schema is registered under `schemaId` with
 * `registerModelSchema`: each editor its own model (`instance`), all of them matched by one glob.
 */
export function schemaModelUri(schemaId: string, instance: string): monaco.Uri {
  return monaco.Uri.parse(`file:///schema-models/${encodeURIComponent(schemaId)}/${encodeURIComponent(instance)}.yaml`);
}

/**
 * Registers (or replaces) `schema`, used as it is, for every model of `schemaModelUri(schemaId, *)`.
 * `fileName` is what hover tooltips call it. The same schema object again does nothing.
 */
export function registerModelSchema(schemaId: string, schema: JSONSchema, fileName: string): Promise<unknown> {
  return putSchema(`model:${schemaId}`, {
    source: schema,
    schema,
    uri: `inmemory://schemas/models/${encodeURIComponent(schemaId)}/${encodeURIComponent(fileName)}`,
    fileMatch: `file:///schema-models/${encodeURIComponent(schemaId)}/*.yaml`,
  });
}
